#!/usr/bin/env bash
# Regenerate the sample disclosure (HTML + text) and render the HTML to PDF with LibreOffice.
#   scripts/make-sample-pdf.sh            # writes assets/samples/sample-budget.{html,txt,pdf}
# Needs python3, LibreOffice (libreoffice-writer-nogui), fonts-noto-cjk; pdftotext/pdfinfo
# (poppler-utils) for the sanity check at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLES="$ROOT/assets/samples"
MAX_PDF_BYTES=307200 # 300 KB

command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk" >&2; exit 1; }

python3 "$SAMPLES/generate.py"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private profile, so a running LibreOffice (or another engineer's) does not block us.
# The StarWriter HTML filter + writer_pdf_Export keep table borders and page breaks;
# writer_web_pdf_Export produces blank pages.
soffice -env:UserInstallation="file://$WORK/profile" --headless \
  --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  --outdir "$WORK" "$SAMPLES/sample-budget.html" >/dev/null 2>&1
mv "$WORK/sample-budget.pdf" "$SAMPLES/sample-budget.pdf"

PDF="$SAMPLES/sample-budget.pdf"
BYTES=$(stat -c %s "$PDF")
PAGES=$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}')
echo "sample-budget.pdf: $PAGES pages, $BYTES bytes"
[ "$BYTES" -le "$MAX_PDF_BYTES" ] || { echo "PDF larger than $MAX_PDF_BYTES bytes" >&2; exit 1; }
# The text layer must carry every table title and the key sentences.
TEXT="$(pdftotext -layout "$PDF" - | tr -d ' ')"
for needle in 公开01表 公开02表 公开03表 公开04表 公开05表 公开06表 公开07表 公开08表 公开09表 \
  收入总计 此表为空表 机关运行经费预算 名词解释 示例文档; do
  grep -q "$needle" <<<"$TEXT" || { echo "PDF text lacks: $needle" >&2; exit 1; }
done
echo "text layer ok"
