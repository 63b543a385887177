/**
 * A government portal writes the organs of its own province, city or county without the place's name: the 发文机关
 * cell of 江西省人民政府's site reads 省粮食和物资储备局 or 省政府办公厅, a city's portal 市政府. The place is the
 * site's own (its SiteName begins with it), and the organ's full name puts it back: 江西省粮食和物资储备局,
 * 江西省人民政府办公厅 (省政府 is short for 省人民政府).
 */
const PLACE = /^([\u4e00-\u9fa5]{1,6}?(?:自治区|省|市|县|区))/;
const LEVEL = /^(自治区|省|市|县|区)/;
// words that begin with a level's character and name no organ of it: 市场监督管理局, 区域…, 省级…
const NOT_LEVEL = /^(?:市场|区域|[省市县区]级)/;

/** `issuer` with each organ named without its place given the site's place, when the site names one of that level. */
export function withSitePlace(issuer: string, siteName: string): string {
  const place = PLACE.exec(siteName.trim())?.[1];
  if (!issuer || !place) return issuer;
  return issuer
    .split('、')
    .map((organ) => {
      const level = LEVEL.exec(organ)?.[1];
      if (!level || !place.endsWith(level) || organ.length <= level.length + 1 || NOT_LEVEL.test(organ)) return organ;
      return place + organ.slice(level.length).replace(/^政府/, '人民政府');
    })
    .join('、');
}
