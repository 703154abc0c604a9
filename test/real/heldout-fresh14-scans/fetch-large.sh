#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh14-scans/fetch-large.sh
# With a local clone: SGD_GIT_DIR=/path/to/sgd/.git sh test/real/heldout-fresh14-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh14-scans
. test/real/fetch-lib.sh
c=7efbc9cc2e2e20e63dc5d03bf767b911e87943a2
fetch dangquocdung/sgd $c "uploads/2015/4/documents/1047BTTTT0001.pdf" s08_CV_central_1047-BTTTT-CNTT_colour300.pdf 04bb1299a5f7d8c2f20d4371e6b1123bb9d5bef2593b4465bb5f0229b4511143 "${SGD_GIT_DIR:-}"
