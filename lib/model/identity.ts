// What a document is, read from its content (crawled file names lie): kind, year, department, level.
import type { DisclosureDocument, DocKind, DocumentInfo, Table } from './types';
import { scanAmounts } from '../amount';

const TITLE = /(20\d{2})\s*年度?\s*([^\n。，]{0,14}?)(部门|单位|本级|政府|市级|区级|县级)?\s*(?:综合|财务)?\s*(预算|决算)/;
const DISCLOSURE_MARKERS = [
  /收入支出(预|决)算总表|财务收支(预|决)算总表/,
  /“?三公”?\s*经费/,
  /机关运行经费/,
  /政府采购/,
  /(预|决)算公开|公开说明|情况说明/,
  /名词解释/,
  /财政拨款收入|财政拨款/,
  /基本支出/,
  /项目支出/,
  /一般公共预算/,
];
const STANDARD_TABLE = /(预算|决算|公开)\d*表|收支(预算|决算)?总表|收入(预算|决算)?(总)?表|支出(预算|决算)?(总)?表|三公|基本支出/;
/** A file with this many standard tables is a disclosure even without a narrative title. */
export const MIN_STANDARD_TABLES = 4;
/** A document needs this many distinct markers, besides its title, to count as a disclosure. */
export const MIN_DISCLOSURE_MARKERS = 4;
const MUNICIPALITIES = /^(北京|上海|天津|重庆)市/;

function kindOf(scope: string | undefined, phase: string, body: string): DocKind {
  const final = phase === '决算';
  if (scope === '单位' || /单位(预|决)算/.test(body.slice(0, 400))) return final ? 'unit-final' : 'unit-budget';
  if (scope === '政府' || scope === '本级' || /政府(预|决)算|本级(预|决)算/.test(body.slice(0, 200)))
    return final ? 'gov-final' : 'gov-budget';
  return final ? 'dept-final' : 'dept-budget';
}

export function levelOf(name: string): DocumentInfo['level'] {
  if (/[区县旗]/.test(name.replace(/^.*?(省|自治区)/, ''))) {
    if (MUNICIPALITIES.test(name) && !/市.+?[区县]/.test(name)) return 'province';
    return 'county';
  }
  if (MUNICIPALITIES.test(name)) return 'province';
  if (/省|自治区/.test(name) && !/市/.test(name.replace(/^.*?(省|自治区)/, ''))) return 'province';
  if (/市|州|盟/.test(name)) return 'city';
  return undefined;
}

/** Fill-in marks of a blank form: "XX局", "XXX万元", "××", "某某". */
const PLACEHOLDER = /(?<![A-Za-z])(?:[XxＸｘ×]{2,}|某某|〇〇|○○)(?![A-Za-z])/g;
/** A blank template (样张, 模板) prints its fill-in marks throughout; a real disclosure leaves one or two. */
export const TEMPLATE_PLACEHOLDERS = 12;

export function identifyDocument(doc: DisclosureDocument): Partial<DocumentInfo> {
  const texts = doc.blocks.map((b) => b.text);
  const placeholders = texts.reduce((n, t) => n + (t.match(PLACEHOLDER)?.length ?? 0), 0);
  if (placeholders >= TEMPLATE_PLACEHOLDERS) return { kind: 'other', template: placeholders };
  const head = texts.slice(0, 12).join('\n');
  const body = texts.join('\n') + '\n' + doc.tables.map((t) => t.title).join('\n');
  const markers = DISCLOSURE_MARKERS.filter((re) => re.test(body)).length;
  // Titles break across lines ("…部门预" / "算"): also read the first lines run together.
  const title = TITLE.exec(head) ?? TITLE.exec(texts.slice(0, 6).join('')) ?? TITLE.exec(doc.tables.map((t) => t.title).join('\n'));
  const standardTables = doc.tables.filter((t) => STANDARD_TABLE.test(t.title.replace(/\s/g, ''))).length;
  const info: Partial<DocumentInfo> = {};
  if (!title && (standardTables >= MIN_STANDARD_TABLES || performanceTargetsOnly(doc.tables))) {
    // A tables-only file (报表 published apart from the text): its tables make it a disclosure.
    const titles = doc.tables.map((t) => t.title).join('\n');
    const year = /(20\d{2})\s*年/.exec(titles + '\n' + head)?.[1] ?? yearAboveTable(doc.tables);
    const named =
      bodyOnCover(coverText(texts)) ??
      texts.map((t) => DEPARTMENT_LINE.exec(t)?.[1]).find((d) => d && isBodyName(d)) ??
      bodyInTables(doc.tables);
    return {
      kind: /决算/.test(titles) ? 'dept-final' : 'dept-budget',
      year: year ? Number(year) : undefined,
      unit: doc.tables.find((t) => t.unit)?.unit,
      ...(named ? { department: named } : {}),
    };
  }
  if (!title || markers < MIN_DISCLOSURE_MARKERS) return { kind: 'other' };
  info.year = Number(title[1]);
  info.kind = kindOf(title[3], title[4], body);
  // The cover says whose budget it is: "…部门预算" is the department's even when units are listed inside.
  const cover = coverText(texts);
  const scope = /单位(?:预|决)算/.test(cover) ? 'unit' : /部门(?:综合)?(?:预|决)算/.test(cover) ? 'dept' : undefined;
  if (scope && info.kind.startsWith(scope === 'unit' ? 'dept' : 'unit'))
    info.kind = `${scope}-${info.kind.endsWith('final') ? 'final' : 'budget'}` as DocKind;
  // The cover names the body, often wrapped ("2026年深圳市人民政府国有资产监督" / "管理委员会部门预算").
  info.department = bodyOnCover(cover);
  // "2026年深圳市财政局（本级）部门预算": the department stands between the year and 部门预算.
  const between = title[2]?.replace(/\s/g, '');
  if (!info.department && between && between.length >= 3 && BODY_END.test(between)) info.department = between;
  info.department = (info.department ?? departmentOf(texts, title))?.replace(/^[^\u4e00-\u9fff]+/, '');
  // A section heading is never the issuing body ("第二部分", "三、", "表十二"): better none than a guess.
  if (info.department && !isBodyName(info.department)) info.department = undefined;
  // No cover: the 部门情况说明 opens with the body's duties ("北京市人民政府办公厅主要职责包括：").
  info.department ??= texts
    .slice(0, 60)
    .map((t) => /^\s*([^\s，。：:、（）]{3,30}?)(?:的)?主要职责/.exec(t)?.[1])
    .find((d) => d && isBodyName(d));
  // "北京市信访办公室部门 2026 年度部门预算": 部门 qualifies the name, it is not part of it.
  info.department = info.department?.replace(/^(.{3,}?)部门$/, '$1');
  if (info.department) info.level = levelOf(info.department);
  info.unit = dominantUnit(texts);
  return info;
}

const BODY_END = /[局委办厅院部室会处中心所馆站队校园社团台]$|（本级）$|\(本级\)$/;
const HEADING =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|表[一二三四五六七八九十\d]|公开\d|目\s*录)/;
/** A name that reads as an issuing body: not a heading, ending in 局/委/办/中心… (before any （…）). */
export function isBodyName(name: string): boolean {
  return (
    (!HEADING.test(name) && /[\u4e00-\u9fff]{3}/.test(name) && BODY_END.test(name.replace(/[（(][^）)]*[）)]$/, ''))) ||
    /（本级）$/.test(name)
  );
}

const COVER_END = /目\s*录|^第[一二三四五六七八九十]+部分|^[一二三四五六七八九十]+、/;
const COVER_TITLE = /^(?:20\d{2})\s*年度?(.+?)(?:20\d{2}年度?)?(?:部门|单位)?(?:综合)?(?:预算|决算)(?:公开|情况说明|公开说明)?/;

const NAME_FIRST = /^(.+?)(?:部门)?20\d{2}年度?(?:部门|单位)?(?:综合)?(?:预算|决算)/;

/** The cover's lines run together (what stands before the contents or the first part heading). */
function coverText(texts: string[]): string {
  const lines: string[] = [];
  for (const t of texts.slice(0, 8)) {
    if (COVER_END.test(t.trim())) break;
    lines.push(t.replace(/\s+/g, ''));
  }
  return lines.join('');
}

/** The body named on the cover: "2026年" + name (over one or more lines) + "部门预算", or name first. */
function bodyOnCover(coverLines: string): string | undefined {
  const cover = coverLines.replace(/^[^\u4e00-\u9fff\d]+/, '');
  // "2026年…局部门预算", or the name first: "北京市信访办公室部门2026年度部门预算".
  const m = COVER_TITLE.exec(cover) ?? NAME_FIRST.exec(cover);
  const name = m?.[1].replace(/^度/, '').replace(/^(.{3,}?)部门$/, '$1');
  return name && name.length >= 3 && name.length <= 40 && BODY_END.test(name) ? name : undefined;
}

/** "（2026年度）" printed alone in a table's first row, under its title. */
const YEAR_ROW = /^[（(]?(20\d{2})\s*年度?[)）]?$/;

function yearAboveTable(tables: Table[]): string | undefined {
  for (const t of tables)
    for (const c of t.rows[0] ?? []) {
      const m = YEAR_ROW.exec(c.text.trim());
      if (m) return m[1];
    }
  return undefined;
}

const NAME_LABEL = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|编制单位)[:：]?$/;

/** The body a table's head names: "部门名称 | 北京市司法局" (label and name in cells of one row) or "部门名称：…" in one cell. */
function bodyInTables(tables: Table[]): string | undefined {
  for (const t of tables)
    for (const row of t.rows.slice(0, 3)) {
      const texts = row.map((c) => c.text.replace(/\s/g, ''));
      for (let i = 0; i < texts.length; i++) {
        const inCell = DEPARTMENT_LINE.exec(texts[i])?.[1];
        const next = NAME_LABEL.test(texts[i]) ? texts.slice(i + 1).find(Boolean) : undefined;
        const name = inCell ?? next;
        if (name && isBodyName(name)) return name;
      }
    }
  return undefined;
}

/**
 * A file of 项目支出绩效目标表 only, titled with its year ("广州市生态环境局2026年项目支出绩效目标表"): the
 * budget's performance attachment, published apart from its 部门预算 (a final account's is a 绩效自评表).
 */
function performanceTargetsOnly(tables: Table[]): boolean {
  return tables.length > 0 && tables.every((t) => /绩效目标表/.test(t.title)) && tables.some((t) => /20\d{2}\s*年/.test(t.title));
}

const DEPARTMENT_LINE = /(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|编制单位|^\s*部\s*门)\s*[:：]\s*([^\s，。]{2,40})/;

function departmentOf(texts: string[], title: RegExpExecArray): string | undefined {
  // "预算主管部门：上海市普陀区司法局" names the department outright.
  for (const t of texts.slice(0, 15)) {
    const m = DEPARTMENT_LINE.exec(t);
    if (m) return m[1];
  }
  // A title broken across two lines ("江苏省…办公厅2018年度部门" / "预算公开"): the line where it starts.
  const flat = title[0].replace(/\s/g, '');
  const idx = texts.findIndex(
    (t, i) => t.includes(title[0]) || (t.includes(title[1]) && (t + (texts[i + 1] ?? '')).replace(/\s/g, '').includes(flat)),
  );
  const line = idx >= 0 ? texts[idx] : '';
  const before = line.slice(0, line.indexOf(title[1])).replace(/[\s“”"]/g, '');
  if (before.length >= 2) return before.replace(/(关于)?$/, '');
  for (let i = idx - 1; i >= Math.max(0, idx - 3); i--) {
    const t = texts[i].replace(/\s/g, '');
    if (t.length >= 2 && t.length <= 40 && !/[。，：]/.test(t)) return t;
  }
  return undefined;
}

function dominantUnit(texts: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of texts) for (const a of scanAmounts(t)) if (a.kind === 'money') counts.set(a.unit, (counts.get(a.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
