# Shared by the test/real/*/fetch-large.sh scripts (sourced, run from the repository root): fetch
# one whole file of a public repository snapshot into "$dir" and check its sha256 before it is
# kept. With a local git dir of the repository the file is read from it, else from GitHub.
fetch() { # owner/repo commit path-in-repo target sha256 [local-git-dir]
  if [ -f "$dir/$4" ] && echo "$5  $dir/$4" | sha256sum -c - >/dev/null 2>&1; then echo "present $dir/$4"; return; fi
  if [ -n "${6:-}" ]; then
    git --git-dir="$6" show "$2:$3" > "$dir/$4.part"
  else
    url="https://raw.githubusercontent.com/$1/$2/$(printf '%s' "$3" | python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read()))')"
    curl -fsSL "$url" -o "$dir/$4.part"
  fi
  echo "$5  $dir/$4.part" | sha256sum -c - >/dev/null
  mv "$dir/$4.part" "$dir/$4"
  echo "fetched $dir/$4"
}
