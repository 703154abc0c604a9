#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh16-scans/fetch-large.sh
# With a local clone: NOM_VN_GIT_DIR=/path/to/nom-vn/.git sh test/real/heldout-fresh16-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh16-scans
. test/real/fetch-lib.sh
c=867c28f77ae21c6a0ef302a8acec5b72bd15e2d0
fetch nrl-ai/nom-vn $c "benchmarks/data/vn_documents_ocr_v2/sources/tt_37_bca_vehicle.pdf" x02_TT_central_37-2026-TT-BCA_colour160_p1.pdf 5f80b4757e7ac7adf8e381674e6d20e6cb44c9d0278857affe8c4a0987ec5af5 "${NOM_VN_GIT_DIR:-}"
