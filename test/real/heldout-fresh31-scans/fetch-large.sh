#!/bin/sh
# Fetches the held-out files of this folder too large to commit (see SOURCES.md) and checks their sha256.
# Whole files of one public snapshot (tanhien/duansohoa at commit 3150bc0…), unchanged.
# Run from the repository root: sh test/real/heldout-fresh31-scans/fetch-large.sh
# With a local bare clone of the repository: DUANSOHOA_GIT_DIR=/path/to/duansohoa.git sh test/real/heldout-fresh31-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh31-scans
commit=3150bc04f0e4457da37194daa9edd05fa50861a9
. test/real/fetch-lib.sh
fetch tanhien/duansohoa "$commit" "FRD/20-2020-QD-TTg.pdf" t02_QD_central_20-2020-QD-TTg_vgpscan262.pdf cf2a7474ef9e3714db5b4940c6d1bce97544f679ce3f9f3270e0354045d1f55d "${DUANSOHOA_GIT_DIR:-}"
fetch tanhien/duansohoa "$commit" "FRD/7197-BKHCN-CDSQG.pdf" t03_CV_central_7197-BKHCN-CDSQG_outlined.pdf 9fd3248ffe0c97a91e966133e786018c154bf6dbcafc0251cd9894e6ccc96789 "${DUANSOHOA_GIT_DIR:-}"
