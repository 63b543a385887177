import { describe, expect, it } from 'vitest';
import { asByline, textByline } from '../../utils/extract/head/byline-text';

const BODY = '会议强调，要把各项任务落到实处，确保取得实效。';

describe('textByline: bylines printed only in a Chinese news text (issue 15)', () => {
  it.each([
    [`某某网北京3月2日电（记者钱立）${BODY}`, '钱立'],
    [`某某社上海5月6日电　（记者 张伟、李娜）${BODY}`, '张伟、李娜'],
    [`某某社记者 周敏 吴涛\n${BODY}`, '周敏 吴涛'],
    [`${BODY}\n${BODY}（文/图 杜明 欧阳晓）`, '杜明 欧阳晓'],
    [`${BODY}\n作者：高远 谢琳\n`, '高远 谢琳'],
    [`某某社北京5月19日电（刘艺、杨吉）${BODY}`, '刘艺、杨吉'],
    [`${BODY}\n${BODY}（张巨峰）`, '张巨峰'],
    [`${BODY}\n（袁源）`, '袁源'],
    // an evening paper's closing line with no outlet before 记者; an e-paper's first line with its credit's tail
    [`${BODY}\n${BODY}\n记者 王立`, '王立'],
    [`某某新闻·某某商报记者陈安/文受访者供图\n${BODY}`, '陈安'],
    // a commentary's credit: the commentators' role word goes like a reporter's
    [`${BODY}\n${BODY}（评论员 罗立 萧河）`, '罗立 萧河'],
  ])('%s → %s', (text, want) => expect(textByline(text)).toBe(want));

  it.each([
    `${BODY}\n游客在现场拍照。某某社记者 陈立 摄`,
    `${BODY}\n（责任编辑：赵立新）`,
    `${BODY}\n来源：某某日报`,
    `${BODY}（一）要加强组织领导。`,
    `${BODY}\n${BODY}（完）`,
    `${BODY}\n${BODY}（待续）`,
    `${BODY}\n图为会议现场。（刘通摄）`,
    `${BODY}\n某某市水资源管理办法（试行）`,
    `${BODY}\n申请单位（盖章）`,
    `某某网北京5月19日电（国际在线）${BODY}`,
  ])('finds none in %s', (text) => expect(textByline(text)).toBe(''));
});

describe('asByline', () => {
  it.each(['转载请注明：', '作者：', '来源：某某网', '版权声明 来源：某某报 作者：'])('%s is no byline', (s) =>
    expect(asByline(s)).toBe(''),
  );
  it('keeps names', () => expect(asByline('上官云 宋宇晟')).toBe('上官云 宋宇晟'));
  // a legislature's name in <meta name="author"> is the publisher, as an office's is (issue 15)
  it.each(['Senate of Canada', 'Legislative Assembly of Ontario', 'Parliament of Australia', 'Canadian Intellectual Property Office'])(
    '%s (a body) is no byline',
    (s) => expect(asByline(s)).toBe(''),
  );
  it('keeps a person', () => expect(asByline('Brent Cotter')).toBe('Brent Cotter'));
});
