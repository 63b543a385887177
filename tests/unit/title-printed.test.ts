import { describe, expect, it } from 'vitest';
import { asPrinted } from '../../utils/extract/head/title-printed';

const page =
  (...lines: string[]) =>
  () => ['', lines.join('\n')];

describe('asPrinted: the title as its printed line has it (issue 15)', () => {
  it('restores the 《》 and a letter a retyped copy lost', () => {
    const printed = page('某市商务委 某市财政局', '关于印发《某市支持冷链物流车', '产业发展若干措施》的通知', '各区县：');
    expect(asPrinted('某市商务委 某市财政局关于印发某市支持冷链物流产业发展若干措施的通知', printed)).toBe(
      '某市商务委 某市财政局关于印发《某市支持冷链物流车产业发展若干措施》的通知',
    );
  });
  it('keeps a title the page prints as is, and does not take a comma the headline adds', () => {
    expect(asPrinted('关于做好防汛工作的通知', page('关于做好防汛工作的通知'))).toBe('关于做好防汛工作的通知');
    expect(asPrinted('“厕所革命”改善农村人居环境', page('“厕所革命”，改善农村人居环境'))).toBe('“厕所革命”改善农村人居环境');
  });
  it('does not take a line that differs by more than one letter', () => {
    expect(asPrinted('关于做好春季防汛工作的通知', page('关于做好夏秋防汛抗旱工作的通知'))).toBe('关于做好春季防汛工作的通知');
  });
});
