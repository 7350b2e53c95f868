// Build-time harvester for the classification-code dictionary (assets/codes/*.json).
// Reads the (code, name) pairs printed in the corpus tables (pdftotext -layout, poppler-utils),
// merges them with ../shared/reference/gov_classification_seed.csv and the 2019 rename table
// of the domain notes, and writes one JSON file per scheme with evidence for every name.
//
//   node scripts/harvest-codes.mjs            write assets/codes/*.json
//   node scripts/harvest-codes.mjs --pairs    print the harvested pairs as JSON lines (for checks)
//
// The pair extraction is shared with the coverage test (tests/lib/glossary/codes.test.ts)
// through scripts/glossary-code-pairs.mjs, so the figure measures the same reading of the PDFs.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { harvestCorpus, normName, schemeOf, levelOf, parentOf } from './glossary-code-pairs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, 'assets/codes');
/** Evidence kept per name: enough to find it again without bloating the extension bundle. */
const MAX_EVIDENCE_PER_NAME = 4;
/** A name printed once in one file loses to a name printed in at least this many files (misaligned rows). */
const DOMINANT_FILES = 3;

// Renames and additions of the 2019 catalogue (domain notes §A.5), and a few long-known older
// names. These are the only hand-entered names; each says so in `sources`.
const DOMAIN_RENAMES = [
  { code: '207', name: '文化体育与传媒支出', years: [2007, 2018] },
  { code: '207', name: '文化旅游体育与传媒支出', years: [2019, null] },
  { code: '210', name: '医疗卫生与计划生育支出', years: [2014, 2018] },
  { code: '210', name: '医疗卫生支出', years: [2007, 2013] },
  { code: '210', name: '卫生健康支出', years: [2019, null] },
  { code: '215', name: '资源勘探信息等支出', years: [2014, 2018] },
  { code: '215', name: '资源勘探工业信息等支出', years: [2019, null] },
  { code: '220', name: '国土海洋气象等支出', years: [2014, 2018] },
  { code: '220', name: '国土资源气象等支出', years: [2007, 2013] },
  { code: '220', name: '自然资源海洋气象等支出', years: [2019, null] },
  { code: '224', name: '灾害防治及应急管理支出', years: [2019, null] },
  { code: '20805', name: '行政事业单位离退休', years: [2007, 2018] },
  { code: '20805', name: '行政事业单位养老支出', years: [2019, null] },
];

// 款 of the function classification as named in the catalogues since 2019, from general knowledge of
// the MoF 《政府收支分类科目》 (no stored source holds them). Tagged 'recall' and undated, so a name
// printed in the corpus always wins; they let name paths such as 公共安全支出（类）监狱（款） resolve.
const RECALLED_SECTIONS = `
20101 人大事务|20102 政协事务|20103 政府办公厅（室）及相关机构事务|20104 发展与改革事务|20105 统计信息事务
20106 财政事务|20107 税收事务|20108 审计事务|20109 海关事务|20111 纪检监察事务|20113 商贸事务|20114 知识产权事务
20123 民族事务|20126 档案事务|20128 民主党派及工商联事务|20129 群众团体事务|20131 党委办公厅（室）及相关机构事务
20132 组织事务|20133 宣传事务|20134 统战事务|20135 对外联络事务|20136 其他共产党事务支出|20137 网信事务
20138 市场监督管理事务|20199 其他一般公共服务支出
20402 公安|20403 国家安全|20404 检察|20405 法院|20406 司法|20407 监狱|20408 强制隔离戒毒|20409 国家保密
20410 缉私警察|20499 其他公共安全支出
20501 教育管理事务|20502 普通教育|20503 职业教育|20504 成人教育|20505 广播电视教育|20506 留学教育|20507 特殊教育
20508 进修及培训|20509 教育费附加安排的支出|20599 其他教育支出
20601 科学技术管理事务|20602 基础研究|20603 应用研究|20604 技术研究与开发|20605 科技条件与服务|20606 社会科学
20607 科学技术普及|20608 科技交流与合作|20609 科技重大项目|20699 其他科学技术支出
20701 文化和旅游|20702 文物|20703 体育|20706 新闻出版电影|20708 广播电视|20799 其他文化旅游体育与传媒支出
20801 人力资源和社会保障管理事务|20802 民政管理事务|20805 行政事业单位养老支出|20807 就业补助|20808 抚恤
20809 退役安置|20810 社会福利|20811 残疾人事业|20816 红十字事业|20819 最低生活保障|20820 临时救助
20821 特困人员救助供养|20828 退役军人管理事务|20899 其他社会保障和就业支出
21001 卫生健康管理事务|21002 公立医院|21003 基层医疗卫生机构|21004 公共卫生|21007 计划生育事务
21011 行政事业单位医疗|21012 财政对基本医疗保险基金的补助|21013 医疗救助|21014 优抚对象医疗
21015 医疗保障管理事务|21099 其他卫生健康支出
21101 环境保护管理事务|21102 环境监测与监察|21103 污染防治|21104 自然生态保护|21199 其他节能环保支出
21201 城乡社区管理事务|21202 城乡社区规划与管理|21203 城乡社区公共设施|21205 城乡社区环境卫生|21299 其他城乡社区支出
21301 农业农村|21302 林业和草原|21303 水利|21307 农村综合改革|21308 普惠金融发展支出|21399 其他农林水支出
21401 公路水路运输|21402 铁路运输|21403 民用航空运输|21499 其他交通运输支出
21502 制造业|21505 工业和信息产业|21599 其他资源勘探工业信息等支出
21602 商业流通事务|21606 涉外发展服务支出|21699 其他商业服务业等支出
22001 自然资源事务|22005 气象事务|22099 其他自然资源海洋气象等支出
22101 保障性安居工程支出|22102 住房改革支出|22103 城乡社区住宅
22401 应急管理事务|22402 消防救援事务|22406 自然灾害防治|22407 自然灾害救灾及恢复重建支出|22499 其他灾害防治及应急管理支出
22999 其他支出`
  .trim()
  .split(/[|\n]/)
  .map((s) => s.trim().split(' '))
  .map(([code, name]) => ({ code, name }));

function readReference() {
  const lines = readFileSync(path.join(SHARED, 'reference/gov_classification_seed.csv'), 'utf8').trim().split('\n');
  const rows = [];
  for (const line of lines.slice(1)) {
    const [scheme, code, level, name, parent, basis, ...note] = line.split(',');
    rows.push({ scheme, code, level, name, parent, basis, note: note.join(',') });
  }
  return rows;
}

const BASIS_YEARS = { template: [2024, 2024], example: [2018, 2018] };

function addName(entry, name, years, evidence, source) {
  const n = normName(name);
  let rec = entry.names.find((x) => x.name === n);
  if (!rec) entry.names.push((rec = { name: n, years: null, evidence: [], sources: [] }));
  if (years) {
    const [a, b] = years;
    if (!rec.years) rec.years = [a, b];
    else {
      rec.years[0] = Math.min(rec.years[0], a);
      rec.years[1] = rec.years[1] === null || b === null ? null : Math.max(rec.years[1], b);
    }
  }
  if (evidence && !rec.evidence.some((e) => e.file === evidence.file && e.page === evidence.page)) rec.evidence.push(evidence);
  if (!rec.sources.includes(source)) rec.sources.push(source);
}

function main() {
  const pairs = harvestCorpus(SHARED);
  if (process.argv.includes('--pairs')) {
    for (const p of pairs) console.log(JSON.stringify(p));
    return;
  }
  const byKey = new Map(); // scheme:code → entry
  const entryFor = (code) => {
    const scheme = schemeOf(code);
    const key = `${scheme}:${code}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { code, scheme, level: levelOf(code), parent: parentOf(code), names: [] }));
    return e;
  };
  for (const p of pairs) addName(entryFor(p.code), p.name, p.year ? [p.year, p.year] : null, { file: p.file, page: p.page }, 'corpus');
  for (const r of readReference()) addName(entryFor(r.code), r.name, BASIS_YEARS[r.basis] ?? null, null, 'reference');
  for (const r of DOMAIN_RENAMES) addName(entryFor(r.code), r.name, r.years, null, 'domain-doc');
  for (const r of RECALLED_SECTIONS) addName(entryFor(r.code), r.name, null, null, 'recall');

  const entries = [...byKey.values()];
  for (const e of entries) {
    e.names = dropOutvoted(dropFragments(e.names));
    for (const n of e.names) {
      n.evidenceCount = n.evidence.length;
      n.evidence = n.evidence.slice(0, MAX_EVIDENCE_PER_NAME);
    }
    // Newest name first: open-ended ranges, then by last year seen, then by evidence.
    e.names.sort((a, b) => lastYear(b) - lastYear(a) || b.evidenceCount - a.evidenceCount);
    e.name = e.names[0].name;
    e.sources = [...new Set(e.names.flatMap((n) => n.sources))];
  }
  mkdirSync(OUT, { recursive: true });
  const SCHEMES = { func: 'function.json', econ_dept: 'economic-dept.json', econ_gov: 'economic-gov.json' };
  for (const [scheme, file] of Object.entries(SCHEMES)) {
    const list = entries.filter((e) => e.scheme === scheme).sort((a, b) => a.code.localeCompare(b.code));
    const out = list.map(({ code, level, parent, name, names, sources }) => ({ code, level, parent, name, names, sources }));
    writeFileSync(path.join(OUT, file), JSON.stringify(out, null, 0).replace(/\},\{"code"/g, '},\n{"code"') + '\n');
    console.log(`${file}: ${out.length} codes, ${out.reduce((s, e) => s + e.names.length, 0)} names`);
  }
}

const lastYear = (n) => (n.years ? (n.years[1] === null ? 9999 : n.years[1]) : 0);

/** A corpus-only name seen once, where another name is printed in several files or more than once
 * in the same year: a row read out of line (putuo_shehuifuliyuan_2024 p14 shifts 302xx names by one
 * row) or a project name in a code column (xa_yibaoju_2022). */
function dropOutvoted(names) {
  const files = (n) => new Set(n.evidence.map((e) => e.file)).size;
  const top = Math.max(...names.map(files));
  const covers = (m, y) => m.years && m.years[0] <= y && (m.years[1] === null || y <= m.years[1]);
  return names.filter((n) => {
    if (!(n.sources.length === 1 && n.sources[0] === 'corpus' && n.evidence.length === 1)) return true;
    if (top >= DOMINANT_FILES) return false;
    // Also outvoted by a name printed more than once in the same year (xa_yibaoju_2022 project rows).
    return !names.some((m) => m !== n && m.evidence.length >= 2 && n.years && covers(m, n.years[0]));
  });
}

/** A wrapped cell prints part of a long name (its head, middle or tail on the code's line);
 * keep a name only when no longer name of the same code contains it. */
function dropFragments(names) {
  return names.filter((n) => {
    // Not a fragment when it is the better-attested name of other years: 310 资本性支出 (2018 on)
    // against 其他资本性支出 (the 2017 scheme's name).
    const overlap = (m) => !m.years || !n.years || (m.years[0] <= (n.years[1] ?? 9999) && n.years[0] <= (m.years[1] ?? 9999));
    const longer = names.find(
      (m) =>
        m !== n &&
        m.name.length > n.name.length &&
        m.name.includes(n.name) &&
        (overlap(m) || n.evidence.length <= Math.max(1, m.evidence.length) || !m.sources.every((x) => x === 'corpus')),
    );
    if (!longer) return true;
    for (const ev of n.evidence) if (!longer.evidence.includes(ev)) longer.evidence.push(ev);
    if (n.years) addYears(longer, n.years);
    return false;
  });
}

function addYears(rec, [a, b]) {
  if (!rec.years) rec.years = [a, b];
  else {
    rec.years[0] = Math.min(rec.years[0], a);
    rec.years[1] = rec.years[1] === null || b === null ? null : Math.max(rec.years[1], b);
  }
}

main();
