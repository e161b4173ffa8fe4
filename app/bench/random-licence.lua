-- wrk script for public-licence-bench.sh: every request names a random licence the harness seeded,
-- CC-<BENCH_YEAR>-000001 .. CC-<BENCH_YEAR>-<BENCH_LICENCES>, so lookups spread over the whole register.
-- BENCH_PATH_PREFIX is "/api/public/licences/" for the real endpoint; the baseline run passes
-- "/api/public/bench/constant?number=" so wrk does the same work per request against both endpoints.
local prefix = os.getenv("BENCH_PATH_PREFIX")
local year = tonumber(os.getenv("BENCH_YEAR"))
local count = tonumber(os.getenv("BENCH_LICENCES"))
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

function request()
  return wrk.format("GET", string.format("%sCC-%d-%06d", prefix, year, math.random(1, count)))
end
