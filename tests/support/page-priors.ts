// Last year's copies of two web pages, for year over year on a page (unit and browser tests): the
// corpora hold no earlier year of either. Each copy moves the page one year back and, for the
// sample, gives its one stated change a consistent prior figure.

/** The corpus's one real HTML disclosure (corpus/wide). */
export const W77 = 'w77_郑州_2015年郑州市国土资源局部门预算公开情况说明.html';

/** The sample page (2025) as a 2024 page: 机关运行经费 341.07 (this year's 308.33 is "减少32.74"). */
export function priorCopyOfSample(html: string): string {
  const out = html
    .replaceAll('2024年', '2023年')
    .replaceAll('2025', '2024')
    .replace(
      '2024年度本部门机关运行经费预算308.33万元，比2023年度预算减少32.74万元，下降12.5%',
      '2024年度本部门机关运行经费预算341.07万元，比2023年度预算增加11.07万元，增长3.4%',
    );
  if (!out.includes('341.07')) throw new Error('the sample changed: its 机关运行经费 sentence is not where the copy expects it');
  return out;
}

/** w77 (2015) as the 2014 page of the same department. */
export function priorCopyOfW77(html: string): string {
  return html.replaceAll('2015', '2014');
}
