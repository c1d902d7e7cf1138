#!/usr/bin/env bash
# Measures kroniek at scale, side by side with ripgrep, as the README's Performance section reports:
#   scripts/bench.sh [DIR]     (default DIR: /tmp/kroniek-bench; corpora are generated there)
# Needs ripgrep, hyperfine and GNU time (Debian: apt-get install ripgrep hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/kroniek-bench}
mkdir -p "$dir"
for tool in rg hyperfine /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (apt-get install ripgrep hyperfine time)"; exit 1; }
done
cargo build --release --quiet --features generate --bin kroniek --example gen_corpus

# The actor names of the gazetteer, one per line, for ripgrep.
python3 - > "$dir/names.txt" <<'PY'
import tomllib
names = set()
for actor in tomllib.load(open("assets/actors.toml", "rb"))["actor"]:
    names.add(actor["name"])
    names.update(actor.get("aliases", []))
print("\n".join(sorted(names)))
PY

# One side-by-side comparison with ripgrep, and kroniek's peak memory against the size on disk.
measure() {
    local corpus=$1 what=$2
    local size
    size=$(du -sbL "$corpus" | cut -f1)
    echo "== $what, $((size / 1000000)) MB on disk"
    hyperfine --warmup 1 --runs 5 -N --output=null \
        "./target/release/kroniek actors --json $corpus" \
        "rg -c -F -w -f $dir/names.txt $corpus" 2>&1 | grep -E "Benchmark|Time|faster"
    # The machine's speed drifts within a minute, which moves hyperfine's two blocks of runs apart:
    # the two commands alternated, 10 pairs, and the median of each pair's ratio.
    python3 - "$corpus" "$dir/names.txt" <<'PY'
import statistics, subprocess, sys, time
corpus, names = sys.argv[1], sys.argv[2]
def seconds(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start
kroniek = ["./target/release/kroniek", "actors", "--json", corpus]
rg = ["rg", "-c", "-F", "-w", "-f", names, corpus]
pairs = [(seconds(kroniek), seconds(rg)) for _ in range(10)]
ratios = sorted(k / r for k, r in pairs)
print(f"paired: kroniek {statistics.median(k for k, _ in pairs):.3f} s, rg {statistics.median(r for _, r in pairs):.3f} s, "
      f"ratio median {statistics.median(ratios):.2f} (from {ratios[0]:.2f} to {ratios[-1]:.2f})")
PY
    peak=$(/usr/bin/time -f "%M" ./target/release/kroniek actors --json "$corpus" 2>&1 >/dev/null | tail -1)
    echo "peak memory: $((peak / 1024)) MiB = $(python3 -c "print(round($peak * 1024 / $size, 2))") x the corpus on disk"
}

for n in 10000 30000 100000; do
    corpus="$dir/corpus-$n"
    [ -d "$corpus" ] || ./target/release/examples/gen_corpus --articles "$n" --out "$corpus"
    measure "$corpus" "$n articles, one file each"
done
# Short items (about 2.5 KB each), where what each file costs counts most.
corpus="$dir/short-20000"
[ -d "$corpus" ] || ./target/release/examples/gen_corpus --articles 20000 --short --out "$corpus"
measure "$corpus" "20000 short articles, one file each"
# The same 100,000 articles as one JSON Lines file and one CSV file (the formats issue's targets).
for format in jsonl csv; do
    corpus="$dir/dataset-100000-$format"
    [ -d "$corpus" ] || ./target/release/examples/gen_corpus --articles 100000 --format "$format" --out "$corpus"
    measure "$corpus" "100000 articles as one $format file"
    # For context: `rg -c` stops at the first name of a line, and in a dataset file a line (or a
    # row) is a whole article. Counting every name on every line is the same search kroniek makes.
    hyperfine --warmup 1 --runs 5 -N --output=null \
        "rg --count-matches -F -w -f $dir/names.txt $corpus" 2>&1 | grep -E "Benchmark|Time"
done
echo "== reader: cargo bench --features generate --bench reader (KRONIEK_BENCH_ARTICLES=100000 for the README's figures)"
