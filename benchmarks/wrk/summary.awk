# Reads wrk's report (run with --latency) and prints one line:
#   requests requests_per_second p50_ms p99_ms errors
# errors = non-2xx/3xx responses plus socket errors (connect, read, write, timeout).
function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
$1 == "50%" { p50 = ms($2) }
$1 == "99%" { p99 = ms($2) }
/ requests in / { requests = $1 }
/^Requests\/sec:/ { rps = $2 }
/Non-2xx or 3xx responses:/ { errors += $NF }
/Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
END { printf "%d %s %.2f %.2f %d\n", requests, rps, p50, p99, errors }
