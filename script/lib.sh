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

# ensure_node_modules [DIR] [MARKER]: npm ci in DIR (.) when DIR/node_modules lacks MARKER
# (.bin/agentsplayground) or is older than DIR/package-lock.json. The stamp holds the lockfile's
# hash from the last successful install.
ensure_node_modules() {
  local dir=${1:-.} marker=${2:-.bin/agentsplayground} stamp want
  stamp=$dir/node_modules/.tyokyky-lock.sha256
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -e $dir/node_modules/$marker && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    return 0
  fi
  echo "==> npm ci in $dir (node_modules missing or stale)"
  retry 3 npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

# apt_install PACKAGE...: installs Debian packages (as root or with sudo), retrying a flaky mirror.
apt_install() {
  echo "==> apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  retry 3 as_root apt-get update -qq \
    && retry 3 as_root apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}

# port_in_use PORT: whether a server could not listen on PORT now. Node tries just that (with
# SO_REUSEADDR, as servers do), so it also sees a port that an outgoing connection drew from the
# ephemeral range, even one closed and in TIME-WAIT, which a connect test misses and which makes the
# Playground move to a random port. Without node: a listener on 127.0.0.1.
port_in_use() {
  if command -v node > /dev/null 2>&1; then
    ! node -e "const s = require('net').createServer(); s.once('error', () => process.exit(1)); s.listen($1, () => s.close())" 2> /dev/null
  else
    (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
  fi
}

# require_free_port PORT WHAT [HOW]: exits when PORT is taken, saying on stderr what holds it and
# HOW to choose another port (e.g. "set BOT_PORT=4000").
require_free_port() {
  if port_in_use "$1"; then
    local holders
    holders=$(ss -Htanp "sport = :$1" 2> /dev/null || true)
    echo "error: port $1 for $2 is already in use:" >&2
    if [[ -n $holders ]]; then echo "$holders" >&2; fi
    if [[ $holders == *TIME-WAIT* ]]; then echo "  (a closed connection's TIME-WAIT ends within a minute)" >&2; fi
    echo "  stop what holds it${3:+, or $3}" >&2
    exit 1
  fi
}

# warn_if_ephemeral PORT WHAT: a listening port inside the kernel's ephemeral range can be taken at
# any moment by an outgoing connection on a busy machine.
warn_if_ephemeral() {
  local low high
  read -r low high < /proc/sys/net/ipv4/ip_local_port_range 2> /dev/null || return 0
  if (( $1 >= low && $1 <= high )); then
    echo "warning: port $1 for $2 is inside the ephemeral range $low-$high; outgoing connections may take it" >&2
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

as_root() {
  if (( EUID == 0 )); then "$@"
  elif command -v sudo > /dev/null; then sudo "$@"
  else echo "error: need root (or sudo) to run: $*" >&2; return 1
  fi
}

# find_pg_bin: sets PG_BIN to the newest installed PostgreSQL's bin folder.
find_pg_bin() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
  [[ -n $PG_BIN && -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]]
}

# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user.
pg() {
  if (( EUID == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT [SERVER OPTION...]: a new cluster in DIR on 127.0.0.1:PORT, trust auth.
pg_start() {
  local dir=$1 port=$2; shift 2
  find_pg_bin || { echo "error: PostgreSQL's initdb/pg_ctl are missing (apt-get install postgresql)" >&2; exit 1; }
  if (( EUID == 0 )); then chown postgres:postgres "$dir"; fi
  echo "==> starting PostgreSQL on 127.0.0.1:$port ($dir)"
  pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; echo "error: initdb failed" >&2; exit 1; }
  pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $*" > /dev/null \
    || { cat "$dir/server.log" >&2; echo "error: PostgreSQL did not start" >&2; exit 1; }
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc 'select 1' > /dev/null \
    || { echo "error: PostgreSQL started but does not answer on 127.0.0.1:$port" >&2; exit 1; }
}

# pg_stop DIR: stops the cluster pg_start made in DIR and removes DIR.
pg_stop() {
  local dir=$1
  [[ -n $dir ]] || return 0
  find_pg_bin || true
  if [[ -f $dir/data/postmaster.pid ]]; then
    pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop > /dev/null 2>&1 \
      || pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
