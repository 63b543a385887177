import { describe, expect, it } from 'vitest';
import { titleIssuers } from '../../utils/extract/head/title-issuers';

describe('titleIssuers', () => {
  it('reads the organs a notice title names before 关于', () => {
    expect(titleIssuers('国家发展改革委 国家能源局关于做好电力需求响应工作的通知')).toEqual(['国家发展改革委', '国家能源局']);
    expect(titleIssuers('关于做好电力需求响应工作的通知')).toEqual([]);
  });
  it('reads the deciding organ a penalty form is titled by', () => {
    expect(titleIssuers('国家金融监督管理总局浙江监管局行政处罚信息公开表')).toEqual(['国家金融监督管理总局浙江监管局']);
    expect(titleIssuers('行政处罚信息公开表')).toEqual([]);
  });
});
