/**
 * Messages for bad content, in the portal's one format (Korean, English, how to fix).
 * `{name}` is a value, `{name|을/를}` the particle that follows it (src/i18n/fill.ts).
 */
import type { MessageParts } from '../foundation/problems.ts';
import { fill, type TemplateValues } from './fill.ts';

export const messages = {
  'body.parse': {
    ko: 'MDX 문법 오류입니다 (닫히지 않은 태그, 짝이 맞지 않는 { } 등)',
    en: 'MDX does not parse: {detail}',
    fix: '태그를 닫거나(<b>…</b>), 글자 그대로 쓰려면 < 와 { 앞에 \\ 를 붙이세요',
  },
  'body.esm': {
    ko: '본문에 import/export 문은 쓸 수 없습니다',
    en: 'import/export is not allowed in a release',
    fix: '이 줄을 지우세요: <Stat> 같은 구성 요소는 가져오지 않아도 쓸 수 있습니다',
  },
  'body.expression': {
    ko: '본문에 { } 식은 쓸 수 없습니다 (주석 {/* … */}만 됩니다)',
    en: 'a {…} expression is not allowed in a release; only {/* comments */}',
    fix: '글자 그대로 쓰려면 \\{ 처럼 앞에 \\ 를 붙이고, 수치는 <Stat kpi="…" at="…" value="…" />로 쓰세요',
  },
  'body.fragment': {
    ko: '본문에 빈 태그 <>…</>는 쓸 수 없습니다',
    en: 'fragments <>…</> are not allowed',
    fix: '<>와 </>를 지우세요',
  },
  'body.forbiddenElement': {
    ko: '본문에 <{tag}> 태그는 쓸 수 없습니다',
    en: '<{tag}> is not allowed in a release',
    fix: '태그를 지우세요: 글, 표, 목록, 링크, 그림과 안내서(docs/본문-규칙.md)에 적힌 태그만 쓸 수 있습니다',
  },
  'body.unknownComponent': {
    ko: '<{name}>{name|은/는} 포털에 없는 구성 요소입니다',
    en: 'unknown component <{name}>',
    fix: '쓸 수 있는 구성 요소: {known}. 글자 그대로 쓰려면 < 앞에 \\ 를 붙이세요',
  },
  'body.spread': {
    ko: '<{tag}>에 {…} 펼침 속성은 쓸 수 없습니다',
    en: 'spread attributes {…} are not allowed on <{tag}>',
    fix: '{…} 부분을 지우고 속성을 이름="값" 꼴로 적으세요',
  },
  'body.directive': {
    ko: '<{tag}>에 {name} 같은 지시 속성(이름에 :)은 쓸 수 없습니다',
    en: 'directive attribute {name} is not allowed',
    fix: '{name} 속성을 지우세요',
  },
  'body.expressionAttribute': {
    ko: '<{tag}>의 {name} 값에 { } 식은 쓸 수 없습니다',
    en: 'attribute {name} must be a literal "text", not an {…} expression',
    fix: '{name}="값" 처럼 따옴표 안에 그대로 적으세요',
  },
  'body.eventAttribute': {
    ko: '본문의 <{tag}>에 {name} 속성은 쓸 수 없습니다',
    en: 'the {name} attribute is not allowed',
    fix: '{name}="…" 부분을 지우세요 (모양과 동작은 사이트가 정합니다)',
  },
  'body.unknownAttribute': {
    ko: '<{tag}>에 {name} 속성은 쓸 수 없습니다',
    en: 'attribute {name} is not allowed on <{tag}>',
    fix: '{name} 속성을 지우세요. <{tag}>에 쓸 수 있는 속성: {allowed}',
  },
  'body.attributeValue': {
    ko: '<{tag}>의 {name} 값 "{value}"{value|이/가} 규칙에 맞지 않습니다',
    en: 'value "{value}" of {name} is not allowed',
    fix: '{rule}',
  },
  'body.componentProp': {
    ko: '<{name}>의 {prop} 값이 없거나 글자 그대로가 아닙니다',
    en: '<{name}> needs {prop}="…" as literal text',
    fix: '예: {example}',
  },
  'body.componentChildren': {
    ko: '<{name}>{name|은/는} 안에 내용을 둘 수 없습니다',
    en: '<{name}> takes no children',
    fix: '예: {example} 처럼 /> 로 닫으세요',
  },
  'body.tooDeep': {
    ko: '태그·목록·인용이 {max}단계보다 깊게 겹쳐 있습니다',
    en: 'nested more than {max} levels deep',
    fix: '겹친 목록이나 인용(>)을 줄이세요: 실수로 같은 기호가 반복된 경우가 많습니다',
  },
  'body.hiddenCharacter': {
    ko: '본문에 보이지 않는 글자({code})가 들어 있습니다',
    en: 'invisible or direction-control character {code} in the text',
    fix: '그 글자를 지우세요: 다른 곳에서 복사해 붙일 때 딸려 옵니다. 안 보이면 그 줄을 지우고 다시 타이핑하세요',
  },
  'body.rawHtml': {
    ko: '이 파일에는 HTML 태그를 쓸 수 없습니다 (마크다운만 씁니다)',
    en: 'raw HTML is not allowed in this file; write Markdown',
    fix: '태그를 지우고 마크다운으로 쓰세요: 굵게 **글**, 링크 [글](주소), 제목 ## 제목',
  },
  'url.credentials': {
    ko: '{what} 주소 "{url}"에 사용자 이름(@ 앞부분)이 들어 있어 다른 사이트를 가장할 수 있습니다',
    en: 'URL with a user name or password ({what})',
    fix: '@ 앞의 부분을 지우고 실제 사이트 주소만 적으세요',
  },
  'url.scheme': {
    ko: '{what} 주소 "{url}"의 형식({scheme}:)은 쓸 수 없습니다',
    en: '{scheme}: URLs are not allowed ({what})',
    fix: 'https://, http://, mailto:, tel: 로 시작하는 주소나 사이트 안 주소(/kpi/ 등)만 쓰세요',
  },
  'url.unparseable': {
    ko: '{what} 주소 "{url}"{url|을/를} 읽을 수 없습니다',
    en: 'URL cannot be parsed ({what})',
    fix: '주소를 다시 복사해 붙이세요: 빈칸은 %20, %는 %25로 적습니다',
  },
  'url.protocolRelative': {
    ko: '{what} 주소 "{url}"{url|은/는} //나 \\ 로 시작해 다른 사이트로 갈 수 있습니다',
    en: 'protocol-relative or backslash URL ({what})',
    fix: '다른 사이트라면 https:// 로 시작하게, 사이트 안이라면 /로 시작하게 적으세요',
  },
  'url.control': {
    ko: '{what} 주소에 보이지 않는 글자(제어 문자)가 있습니다',
    en: 'URL contains invisible control characters ({what})',
    fix: '주소를 지우고 다시 타이핑하세요',
  },
  'url.web': {
    ko: '웹 주소가 아닙니다',
    en: 'not a web address (http or https)',
    fix: 'https:// 로 시작하는 전체 주소를 적으세요 (예: https://www.jejutp.or.kr/)',
  },
  'link.nowhere': {
    ko: '사이트 안 링크 {url}{url|이/가} 가리키는 페이지가 없습니다',
    en: 'internal link {url} leads nowhere',
    fix: '주소를 확인하세요 (보도자료는 /releases/YYYY-MM-DD-slug/)',
  },
  'link.unpublished': {
    ko: '링크한 보도자료 {target}{target|은/는} 이 보도자료보다 늦게 공개되거나 초안입니다',
    en: 'links to release {target}, which is a draft or published later than this one',
    fix: '{target}{target|이/가} 먼저 공개되도록 날짜를 맞추거나, 그 보도자료가 공개된 뒤에 링크를 넣으세요',
  },
  'pair.releaseUnpublished': {
    ko: '보도자료 {id}{id|은/는} 아직 공개되지 않았습니다 (초안이거나 공개 예정)',
    en: 'release {id} is not public yet (a draft or scheduled)',
    fix: 'release 줄은 그 보도자료가 공개된 뒤에 넣으세요 (그때까지는 지우거나 # 으로 막아 두세요)',
  },
  'redirect.targetUnpublished': {
    ko: '옮길 주소의 보도자료 {id}{id|은/는} 아직 공개되지 않았습니다: 그때까지 옛 주소가 없는 페이지가 됩니다',
    en: 'redirect target {id} is not public yet; the old address would lead nowhere until then',
    fix: '새 보도자료가 공개된 뒤에 옮기세요, 또는 새 보도자료의 date를 지금 이전으로 하세요',
  },
  'image.tooLarge': {
    ko: "그림 '{file}'{file|이/가} 너무 큽니다 ({width}×{height} 픽셀; 한 변 {side} 픽셀, 모두 {megapixels}백만 픽셀까지)",
    en: 'image {file} is {width}×{height} pixels; at most {side} a side and {megapixels} megapixels',
    fix: '그림 편집기에서 크기를 줄여(긴 변 3000픽셀이면 충분합니다) 다시 저장하세요',
  },
  'image.animated': {
    ko: "그림 '{file}'{file|은/는} 여러 장(움직이는 그림, {pages}장)입니다",
    en: 'image {file} has {pages} frames (animated); only still images are published',
    fix: '한 장짜리 PNG나 JPG로 저장해 올리세요',
  },
  'release.correctionAfterAsOf': {
    ko: '정정 기록의 날짜가 아직 오지 않았습니다 ({date})',
    en: 'a correction dated after the as-of time ({date}) would be published early',
    fix: '실제로 고친 날(지금 이전)을 적으세요. 미리 적어 둔 정정은 그날 커밋하세요',
  },
  'content.folderNotFile': {
    ko: '파일이 있어야 할 자리에 폴더가 있습니다',
    en: 'a folder where a file is expected',
    fix: '폴더를 지우거나 이름을 바꾸고, 같은 이름의 파일을 두세요',
  },
  'content.tooLarge': {
    ko: '파일이 너무 큽니다 ({size}, {limit}까지)',
    en: 'file too large ({size}; at most {limit})',
    fix: '글은 여러 보도자료로 나누고, 큰 표나 자료는 첨부 파일(PDF)로 올리세요',
  },
  'image.broken': {
    ko: "그림 '{file}'{file|을/를} 읽을 수 없습니다: 파일이 깨졌거나 끝까지 저장되지 않았습니다",
    en: 'image {file} does not decode: {detail}',
    fix: '원본 그림을 그림 편집기에서 열어 PNG나 JPG로 다시 저장한 뒤 올리세요',
  },
  'content.symlink': {
    ko: '콘텐츠 폴더에 심볼릭 링크가 있습니다: 링크가 가리키는 파일은 읽지도 공개하지도 않습니다',
    en: 'symbolic link in the content folder; only plain files are read',
    fix: '링크를 지우고 실제 파일을 올리세요 (git에 링크로 저장된 것은 지우고 파일 자체를 커밋합니다)',
  },
  'content.specialFile': {
    ko: '콘텐츠 폴더에 일반 파일이 아닌 것(장치, 소켓, 파이프)이 있습니다',
    en: 'special file (device, socket or pipe) in the content folder',
    fix: '그 항목을 지우세요: 콘텐츠 폴더에는 일반 파일과 폴더만 둡니다',
  },
  'content.internal': {
    ko: '이 파일을 검사하다가 예기치 못한 오류가 났습니다 ({detail})',
    en: 'unexpected error while checking this file: {detail}',
    fix: '마지막으로 바꾼 내용을 되돌려 보고, 그래도 나면 이 줄 전체를 개발 담당자에게 알려 주세요 (please report it)',
  },
} as const satisfies Record<string, MessageParts>;

export type MessageKey = keyof typeof messages;

/** A message with its values filled in, ready to become a problem. */
export function message(key: MessageKey, values: TemplateValues = {}): MessageParts {
  const template = messages[key];
  return { ko: fill(template.ko, values), en: fill(template.en, values), fix: fill(template.fix, values) };
}
