-- wrk script for POST /v1/screenings. MODE=valid sends valid intakes (three outcomes) and counts any
-- answer other than 200 as an error; MODE=invalid sends malformed and incomplete requests and counts
-- any answer other than 4xx as an error. run.sh runs both at once for a mixed load.
local dir = os.getenv("LOAD_DIR") or "load"
local mode = os.getenv("MODE") or "valid"
local function read(name)
  local f = assert(io.open(dir .. "/" .. name, "r"))
  local body = f:read("*a")
  f:close()
  return body
end

local bodies
if mode == "valid" then
  bodies = { read("valid-eligible.json"), read("valid-deferred.json"), read("valid-not-eligible.json") }
else
  bodies = { '{"answers": {', '{"treatment":"MN"}', read("invalid-missing-answers.json"), '[1,2,3]' }
end

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) expected, unexpected, n = 0, 0, 0 end

function request()
  n = n + 1
  return wrk.format("POST", "/v1/screenings", { ["Content-Type"] = "application/json" }, bodies[(n % #bodies) + 1])
end

function response(status, headers, body)
  local ok = (mode == "valid" and status == 200) or (mode ~= "valid" and status >= 400 and status < 500)
  if ok then expected = expected + 1 else unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local e, u = 0, 0
  for _, t in ipairs(threads) do e = e + t:get("expected"); u = u + t:get("unexpected") end
  io.write(string.format("%s: requests=%d rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms expected=%d errors=%d "
    .. "socket(connect=%d read=%d write=%d timeout=%d)\n", mode, summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e, u, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
