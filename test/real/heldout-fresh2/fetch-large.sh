#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of a public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh2/fetch-large.sh
# With a local bare clone: TTPL_GIT_DIR=/path/to/tuyen-truyen-phap-luat.git sh test/real/heldout-fresh2/fetch-large.sh
set -eu
dir=test/real/heldout-fresh2
fetch() { # owner/repo commit path-in-repo target sha256 local-git-dir
  if [ -f "$dir/$4" ] && echo "$5  $dir/$4" | sha256sum -c - >/dev/null 2>&1; then echo "present $dir/$4"; return; fi
  if [ -n "$6" ]; then
    git --git-dir="$6" show "$2:$3" > "$dir/$4.part"
  else
    url="https://raw.githubusercontent.com/$1/$2/$(printf '%s' "$3" | python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read()))')"
    curl -fsSL "$url" -o "$dir/$4.part"
  fi
  echo "$5  $dir/$4.part" | sha256sum -c - >/dev/null
  mv "$dir/$4.part" "$dir/$4"
  echo "fetched $dir/$4"
}
fetch vi-phuong-158/tuyen-truyen-phap-luat fb62708b39004c02dd79fbcfcc2d376dbab8d793 "Quy_che_phoi_hop_quan_ly_NNN_Phu_Tho.pdf" f02_QD_province_63-2025-QD-CTUBND.pdf fa32dd78ec13c4c7cc2b5629105b298822d21022db5ec1a9e706228acf5054d8 "${TTPL_GIT_DIR:-}"
