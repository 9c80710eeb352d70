/**
 * Linguistic data for search (docs/search.md): nouns whose last syllable looks like a particle
 * (조사) but belongs to the word. A particle is never cut off inside one of these, on the index
 * and on the query side alike: `경기도` is not `경기` + `도`, `어린이` not `어린` + `이`, `지원한도`
 * not `지원한` + `도`, `화상회의` not `화상회` + `의`. A word *ending* in one of them keeps it
 * (`제주특별자치도`, `우리어린이`); a particle after it is still cut (`경기도에서` → `경기도`).
 *
 * Most traps are already excluded by the 받침 rule in korean.ts (`전문가`: `가` never follows a
 * final consonant, so it is not a particle there; likewise `기업가`, `창업가`, `마을`); what is listed
 * here are the nouns that rule lets through. Staff add words of their own in
 * `content/search-synonyms.yaml` (`keep`).
 */
export const NOT_PARTICLE_ENDINGS: readonly string[] = [
  // …도: provinces and islands
  '경기도', '강원도', '충청도', '전라도', '경상도', '황해도', '평안도', '함경도', '충청북도', '충청남도', '전라북도', '전라남도', '경상북도', '경상남도',
  '제주도', '자치도', '울릉도', '독도', '강화도', '거제도', '완도', '우도', '마라도', '가파도', '비양도', '추자도', '차귀도', '백령도', '영종도', '안면도',
  // …도: nouns of two syllables (also at the end of compounds: 지원한도, 인증제도, 사업연도)
  '제도', '지도', '한도', '속도', '온도', '습도', '농도', '밀도', '강도', '고도', '각도', '빈도', '용도', '의도', '태도', '정도', '궤도', '척도', '진도',
  '연도', '년도', '반도', '포도', '복도', '식도', '채도', '명도', '조도', '순도', '당도', '산도', '염도', '점도', '경도', '위도', '적도', '난도', '효도',
  '전도', '부도', '보도', '수도', '시도', '인도', '학도', '신도', '교도', '사도', '무도', '검도', '유도', '권도', '서도', '심도', '감도', '기도',
  // …도: degrees (만족도, 인지도 …)
  '만족도', '인지도', '선호도', '신뢰도', '정확도', '완성도', '중요도', '난이도', '숙련도', '활용도', '의존도', '집중도', '성숙도', '투명도', '청렴도',
  '인기도', '기여도', '충성도', '민감도', '해상도', '정밀도', '유사도', '적합도', '참여도', '이해도', '친밀도', '위험도', '오염도', '혼잡도', '밀집도',
  '노출도', '숙성도', '신선도', '건조도', '인식도', '체감도', '몰입도', '피로도', '관심도', '호감도', '충족도', '달성도', '진척도', '성장도', '기대도',
  // …이 after a final consonant
  '어린이', '고양이', '호랑이', '원숭이', '지팡이', '올챙이', '놀이', '맞이', '돋이', '걸이', '잡이', '살이', '벌이', '갈이', '붙이', '먹이', '높이', '깊이',
  '넓이', '길이', '나들이', '집들이',
  // …가 after a vowel
  '투자가', '정치가', '휴가', '추가', '대가', '시가', '주가', '지가', '고가', '저가', '화가', '도가',
  // …과 after a final consonant
  '결과', '성과', '학과', '통과', '경과', '부과', '교과', '외과', '내과', '치과', '안과', '일과', '인과', '공과', '전과', '의과', '문과', '이과',
  // …의
  '회의', '협의', '심의', '건의', '동의', '합의', '토의', '정의', '강의', '주의', '논의', '문의', '질의', '모의', '결의', '제의', '항의', '경의', '호의',
  '의의', '민의', '신의', '예의', '열의', '편의', '고의',
  // …로 after a vowel or ㄹ
  '도로', '경로', '통로', '진로', '회로', '항로', '철로', '선로', '수로', '활로', '판로', '미로', '기로', '원로', '공로', '해로', '육로', '대로',
  // …와, …만, …랑
  '기와', '불만', '비만', '자만', '교만', '오만', '충만', '미만', '사랑', '자랑', '파랑', '노랑',
];

/** A stem ending so is a verb or adjective form (운영되는 → 운영되), not a noun: it gets no compound parts. */
export const VERB_STEM = /(?:하|되|했|됐|있|없|졌|시키|하였|되었|이었|였)$/u;
