/** Small policy pages written for the policy-metadata tests (invented documents, not copies of real pages). */

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** gov.cn layout: letter-spaced labels (ASCII space, &nbsp;, U+3000), ：or :, value in the next cell. */
export const GOVCN_TABLE = page(`
<div class="wrap">
 <table id="meta"><tbody>
  <tr><td><b>索 引 号：</b></td><td>000014349/2019-00031</td><td><b>主题分类：</b></td><td>科技、教育\\科技</td></tr>
  <tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成&#12288;文&#12288;日&#12288;期:</b></td><td>2019年02月20日</td></tr>
  <tr><td><b>标&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">国务院关于试行示例制度的通知</td></tr>
  <tr><td><b>发文字号：</b></td><td>国发[2019]8号</td><td><b>发布日期：</b></td><td>2019年03月01日</td></tr>
  <tr><td><b>主 题 词：</b></td><td>示例　制度</td><td></td><td></td></tr>
 </tbody></table>
 <table id="body"><tbody><tr><td id="content">
  <p style="text-align:center">国务院关于试行示例制度的通知</p>
  <p style="text-align:center">国发〔2019〕8号</p>
  <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
  <p>为规范示例工作，现就试行示例制度有关事项通知如下。各地区、各部门要结合实际认真贯彻执行。</p>
  <p style="text-align:right">国务院</p><p style="text-align:right">2019年2月20日</p>
 </td></tr></tbody></table>
</div>`);

/** A provincial portal: "<span>label：</span>value" list items and a one-line info run. */
export const PROVINCIAL_LIST = page(
  `
<h1>省人民政府关于做好示例工作的意见</h1>
<div class="xxgk"><ul>
  <li><span>索引号:</span>11340000002986061N/2019-01234</li>
  <li><span>发布机关：</span><span>示例省人民政府</span></li>
  <li><span>发文字号：</span>皖政（2019）12号</li>
  <li><span>主题分类：</span>综合政务</li>
  <li><span>成文时间：</span>2019.03.05</li>
  <li><span>发布时间：</span>2019-03-08 10:30</li>
</ul></div>
<div class="info">来源：省政府办公厅　作者：王明　浏览次数：120</div>
<div class="content"><p>各市人民政府，省政府各部门：现就做好示例工作提出以下意见。</p></div>`,
  '<meta name="PubDate" content="2019-03-09 08:00"><meta name="ContentSource" content="省政府网站">',
);

/** Only the standard CMS <meta> set; Keywords must not become a subject. */
export const META_ONLY = page(
  '<h1>关于开展示例检查的公告</h1><p>根据工作安排，决定开展示例检查。检查时间另行通知。</p>',
  `<meta name="ArticleTitle" content="关于开展示例检查的公告">
   <meta name="PubDate" content="2021-06-01 09:00">
   <meta name="ContentSource" content="示例市市场监督管理局">
   <meta name="author" content="李华">
   <meta name="Keywords" content="检查,公告">`,
);

/** A notice with no metadata block: 文号 line under the title, signature with a Chinese-numeral date. */
export const TEXT_ONLY = page(`
<div class="nav">首页 &gt; 政策文件</div>
<div class="article">
 <p align="center"><b>国务院办公厅转发示例部关于清理整顿示例组织意见的通知</b></p>
 <p align="center">国办发（1997）11号</p>
 <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
 <p>示例部《关于清理整顿示例组织的意见》已经国务院同意，现转发给你们，请认真贯彻执行。</p>
 <p align="right">国务院办公厅&nbsp;&nbsp;&nbsp;</p>
 <p align="right">一九九七年四月八日&nbsp;&nbsp;</p>
 <p>（此件公开发布）</p>
 <p align="center">关于清理整顿示例组织的意见</p>
 <p align="center">（示例部　一九九七年一月二十八日）</p>
</div>`);

/** A State Council order: number over two lines, signed by a person, date in 〇 numerals. */
export const ORDER = page(`
<h1>中华人民共和国国务院令</h1>
<p>第706号</p>
<p>《示例管理条例》已经国务院常务会议通过，现予公布，自公布之日起施行。</p>
<p>总理　张三</p>
<p>二〇一八年十二月二十九日</p>
<h2>示例管理条例</h2><p>第一条　为了规范示例管理，制定本条例。</p>`);

/** Joint signature on one line, full-width digits. */
export const JOINT_SIGNATURE = page(`
<h1>关于加强示例工作的通知</h1><p>国办发〔２０１８〕１２０号</p><p>现就加强示例工作通知如下。</p>
<p>国务院办公厅　中央军委办公厅　２０１８年１２月２９日</p>`);

/** A data table whose rows pair a name ending like an organ with a date: not a signature. */
export const DATA_TABLE = page(`
<h1>示例节目播出表</h1>
<table><tr><td>2004年9月26日</td><td>示例电视台</td><td>明星运动会</td></tr>
<tr><td>2004年10月9日</td><td>示例电视台</td><td>示例委员会</td></tr></table>
<p>以上为播出记录。</p>`);

/** schema.org Legislation in JSON-LD. */
export const JSON_LD = page(
  '<h1>示例条例</h1><p>第一条　为了规范示例活动，制定本条例。</p>',
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation",
   "legislationIdentifier":"国令第707号","legislationPassedBy":{"@type":"Organization","name":"国务院"},
   "legislationDate":"2018-12-18","datePublished":"2018-12-22T10:00:00+08:00"}</script>`,
);

/** An ordinary article: nothing to report. */
export const NO_META = page(`
<h1>春天的公园</h1><p>公园里的花开了，很多人来散步。</p><p>傍晚时分，湖边的风很舒服。</p>
<table><tr><td>门票</td><td>免费</td></tr></table>`);
