-- Request mix for bench/load.sh: the analyses and search on the demo zone, each request a random pick.
local paths = {
  {"GET",  "/api/v1/clusters/semiconductor/gaps"},
  {"GET",  "/api/v1/clusters/semiconductor/gaps?status=MISSING,WEAK&wDemand=8"},
  {"GET",  "/api/v1/clusters/precision/gaps"},
  {"GET",  "/api/v1/clusters/semiconductor/gaps/semi.photoresist/recruits?limit=5"},
  {"GET",  "/api/v1/clusters/semiconductor/recruits?limit=10"},
  {"POST", "/api/v1/clusters/semiconductor/what-if", '{"recruit":["E-ext-ndgd"],"remove":[]}'},
  {"GET",  "/api/v1/enterprises/E-semi-zfkj/impact"},
  {"GET",  "/api/v1/clusters/semiconductor/matches?limit=10"},
  {"GET",  "/api/v1/enterprises?q=%E6%99%B6%E5%9C%86"},
  {"GET",  "/api/v1/enterprises?region=%E6%B5%99%E6%B1%9F%E7%9C%81&size=50"},
  {"GET",  "/api/v1/clusters/semiconductor/chain"},
  {"GET",  "/api/v1/clusters/semiconductor/mindmap"},
}
-- MINDMAP_PATH adds one more path, e.g. a drawn mind map: /api/v1/clusters/semiconductor/mindmap?format=svg
if os.getenv("MINDMAP_PATH") and os.getenv("MINDMAP_PATH") ~= "" then
  table.insert(paths, {"GET", os.getenv("MINDMAP_PATH")})
end
local statuses = {}

-- Signed in (reads are not public by default): WRK_AUTH is the Authorization header, set by bench/load.sh.
local auth = os.getenv("WRK_AUTH")

request = function()
  local p = paths[math.random(#paths)]
  local headers = {}
  if auth and auth ~= "" then headers["Authorization"] = auth end
  if p[1] == "POST" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", p[2], headers, p[3])
  end
  return wrk.format("GET", p[2], headers)
end

response = function(status, headers, body)
  if status >= 400 then statuses[status] = (statuses[status] or 0) + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f "
    .. "connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
