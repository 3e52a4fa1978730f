-- wrk script: a CDS Hooks patient-view call with a full prefetch (conditions, medications, allergy,
-- pregnancy status). Run against a service with CDS_SECURITY_ENABLED=false (each real call carries a
-- single-use JWT). Any answer other than 200 counts as an error.
local f = assert(io.open((os.getenv("LOAD_DIR") or "load") .. "/cds-patient-view.json", "r"))
local body = f:read("*a")
f:close()
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok, bad = 0, 0 end
function request()
  return wrk.format("POST", "/cds-services/microneedling-screening-chart", { ["Content-Type"] = "application/json" }, body)
end
function response(status) if status == 200 then ok = ok + 1 else bad = bad + 1 end end
function done(summary, latency, requests)
  local o, b = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("bad") end
  io.write(string.format("cds patient-view: requests=%d rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms ok=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, o, b))
end
