-- wrk script for GET /v1/medicines: a rotating list of what patients type (prefixes as they type,
-- typing mistakes, Spanish names, names that match nothing), alternating en and es, no If-None-Match (every
-- request is searched). Counts any answer other than 200 as an error.
local queries = { "e", "el", "eli", "eliq", "eliqis", "xar", "xeralto", "acutane", "abso", "predisone",
  "ibuprofin", "clopidogrl", "prednisona", "ibuprofeno", "aspirina", "warfarina", "asp", "aspirin", "baby asp",
  "advil", "motrin", "aleve", "methotrexate", "metotrexato", "celebrex", "zzqx", "paracetamol", "vitamin d",
  "omeprazol", "lisinopril", "metformin", "atorvastatin" }
local paths = {}
for _, q in ipairs(queries) do
  if #q >= 2 then
    local encoded = q:gsub(" ", "%%20")
    table.insert(paths, "/v1/medicines?lang=en&q=" .. encoded)
    table.insert(paths, "/v1/medicines?lang=es&q=" .. encoded)
  end
end

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) expected, unexpected, n = 0, 0, 0 end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function response(status, headers, body)
  if status == 200 then expected = expected + 1 else unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local e, u = 0, 0
  for _, t in ipairs(threads) do e = e + t:get("expected"); u = u + t:get("unexpected") end
  io.write(string.format("medicine-search: requests=%d rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms expected=%d errors=%d "
    .. "socket(connect=%d read=%d write=%d timeout=%d)\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e, u, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
