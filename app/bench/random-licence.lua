-- wrk script for public-licence-bench.sh: every request asks for a random licence the harness seeded,
-- CC-<BENCH_YEAR>-000001 .. CC-<BENCH_YEAR>-<BENCH_LICENCES>, so the cache sees the whole register.
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
  return wrk.format("GET", string.format("/api/public/licences/CC-%d-%06d", year, math.random(1, count)))
end
