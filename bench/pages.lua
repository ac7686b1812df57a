-- wrk script: the main public pages in turn, and a summary of what came back.
-- Offer slugs are from the demo data (`manage.py load_demo_data`).
local pages = {
  "/",
  "/tilbud/",
  "/tilbud/?kommune=asker",
  "/tilbud/?kommune=trondheim&diagnose=demens",
  "/tilbud/?q=samtalegruppe",
  "/tilbud/?side=2",
  "/tilbud/parorendeskole-demens-asker/",
  "/tilbud/samtalegruppe-hjerneslag-trondheim/",
  "/tilbud/samtaletelefon-demens-nasjonalforeningen/",
  "/kommuner/",
  "/kommuner/baerum/",
  "/kommuner/gjovik/",
}
local next_page = 0

request = function()
  next_page = next_page % #pages + 1
  return wrk.format("GET", pages[next_page])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  io.write("\n--- Pårørendeportalen load test\n")
  io.write(string.format("pages:             %d, in turn\n", #pages))
  io.write(string.format("requests:          %d in %.1f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests/s:        %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms:        mean %.1f, p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\n",
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx/3xx:       %d\n", errors.status))
  io.write(string.format("socket errors:     %d (connect %d, read %d, write %d, timeout %d)\n",
    socket_errors, errors.connect, errors.read, errors.write, errors.timeout))
end
