#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md): the whole file of one
# public snapshot, checked by its sha256, then cut to its pages 3-5 (the plan) with poppler-utils.
# Run from the repository root: sh test/real/heldout-fresh26-task-scans/fetch-large.sh
# With a local clone: PYRAG_GIT_DIR=/path/to/py-rag/.git sh test/real/heldout-fresh26-task-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh26-task-scans
. test/real/fetch-lib.sh
c=45e6f80aca822d811998557180f9aae3ea4211a1
src=n03_source_41-CV-TTCT_hpscan240.pdf
fetch TuanPhamHP/py-rag $c "uploaded_files/CV 41_CV-TTCT_0001.pdf" $src ff958c13aa907eb40ee6855de17a1741ec532aadfd92481b60348d53689a9c14 "${PYRAG_GIT_DIR:-}"
out=n03_KH_district_caoloc_42-KH-TTCT_hpscan240_p3-5.pdf
if [ ! -f "$dir/$out" ]; then
  tmp=$(mktemp -d)
  pdfseparate -f 3 -l 5 "$dir/$src" "$tmp/p-%d.pdf" 2>/dev/null
  pdfunite "$tmp/p-3.pdf" "$tmp/p-4.pdf" "$tmp/p-5.pdf" "$dir/$out" 2>/dev/null
  rm -r "$tmp"
  echo "cut $dir/$out (pages 3-5 of $src)"
fi
