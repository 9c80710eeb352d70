import { describe, expect, it } from 'vitest';
import { groupsByRole, inRoleOrder, leadingRole } from '../../src/domain/organizations.ts';

const org = (name: string, ...roles: ('operator' | 'funder' | 'support' | 'demand' | 'supply')[]) => ({ name, roles });

describe('the one organisation order', () => {
  it('takes the leading role from the role order, not from how the file lists roles', () => {
    expect(leadingRole(org('가', 'supply', 'operator'))).toBe('operator');
  });
  it('lists by leading role, then by Korean name, and groups the same way', () => {
    const list = [org('하나', 'supply'), org('나라', 'demand', 'supply'), org('가나', 'supply'), org('운영', 'operator')];
    expect(inRoleOrder(list).map((o) => o.name)).toEqual(['운영', '나라', '가나', '하나']);
    expect(groupsByRole(list).map((g) => [g.role, g.items.map((o) => o.name)])).toEqual([
      ['operator', ['운영']],
      ['demand', ['나라']],
      ['supply', ['가나', '하나']],
    ]);
  });
});
