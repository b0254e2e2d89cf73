# Helpers shared by script/server and script/test. Source it; it runs nothing by itself.

need() {
  command -v "$1" > /dev/null 2>&1 || { echo "error: '$1' is missing: $2" >&2; exit 1; }
}

# retry N CMD...: runs CMD up to N times, pausing between tries (a mirror may drop a download).
retry() {
  local tries=$1 n=1; shift
  until "$@"; do
    if (( n >= tries )); then echo "error: failed $tries times: $*" >&2; return 1; fi
    echo "warning: attempt $n of $tries failed, retrying: $*" >&2
    sleep $(( n * 5 )); n=$(( n + 1 ))
  done
}

# ensure_node_modules: npm ci when node_modules is missing or older than package-lock.json.
# The stamp holds the lockfile's hash from the last successful install.
ensure_node_modules() {
  local stamp=node_modules/.tyokyky-lock.sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -x node_modules/.bin/agentsplayground && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    return 0
  fi
  echo "==> npm ci (node_modules missing or stale)"
  retry 3 npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

port_in_use() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

require_free_port() {
  if port_in_use "$1"; then
    echo "error: port $1 for $2 is already in use; stop what holds it ('ss -ltnp | grep :$1')" >&2
    exit 1
  fi
}

# wait_for_http URL SECONDS PID WHAT LOG: until URL answers 2xx; fails early if PID exits.
wait_for_http() {
  local url=$1 secs=$2 pid=$3 what=$4 log=$5 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2> /dev/null; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "error: $what exited before $url answered; last lines of $log:" >&2
      tail -n 30 "$log" >&2; exit 1
    fi
    if (( SECONDS >= deadline )); then
      echo "error: $what did not answer $url within ${secs}s; last lines of $log:" >&2
      tail -n 30 "$log" >&2; exit 1
    fi
    sleep 0.5
  done
}

# wait_for_line TEXT FILE SECONDS PID WHAT
wait_for_line() {
  local text=$1 file=$2 secs=$3 pid=$4 what=$5 deadline=$((SECONDS + $3))
  until grep -qF "$text" "$file" 2> /dev/null; do
    if ! kill -0 "$pid" 2> /dev/null || (( SECONDS >= deadline )); then
      echo "error: $what did not print '$text'; last lines of $file:" >&2
      tail -n 30 "$file" >&2; exit 1
    fi
    sleep 0.3
  done
}

# stop_groups PGID...: TERM each process group, then KILL what is left after 10 s.
stop_groups() {
  local g
  for g in "$@"; do kill -TERM -- "-$g" 2> /dev/null || true; done
  for _ in $(seq 1 20); do
    local alive=0
    for g in "$@"; do kill -0 -- "-$g" 2> /dev/null && alive=1; done
    (( alive )) || return 0
    sleep 0.5
  done
  for g in "$@"; do kill -KILL -- "-$g" 2> /dev/null || true; done
}
