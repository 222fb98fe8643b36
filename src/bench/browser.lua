-- wrk script: readers who write reviews the way a browser does. Each connection (one wrk thread
-- per connection) GETs a random book page (books POST_MIN..POST_MAX), takes its review form's
-- hidden fields (the CSRF token) and POSTs the form with the Origin, Referer and Sec-Fetch-Site
-- headers a browser sends; the 303 is not followed. With COOKIE_FILE, connection N is the
-- signed-in reader whose session cookie is line N: a reader has one review per book, so on a
-- book they reviewed already (the page shows their review, not the form) the page's token is
-- taken from its other forms and the POST replaces the review (also a 303). Without it, the
-- cookie the site sets is kept (an anonymous form, as the Flask reference has).
-- MIX_POST_PCT < 50: the share of requests that are such POSTs; a page's form is then posted
-- only by that chance, the other GETs are plain reads, not searched for a form (the 90/10 mix:
-- MIX_POST_PCT=10).
-- Default 50: every GET is followed by its POST.
-- done() prints one line: "browser gets=.. get_ok=.. posts=.. post_303=.. post_other=.. noform=..
-- post_p50_ms=.. post_p99_ms=..": the POSTs' own latency (wrk's percentiles are of every request,
-- GETs and POSTs together), timed here from the request's making to its response, which on a
-- connection of its own (-t = -c) is as wrk times a request.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } browser_timespec;
  int clock_gettime(int clock, browser_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local now = ffi.new("browser_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
  return tonumber(now.tv_sec) * 1000000 + tonumber(now.tv_nsec) / 1000
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local base_path, origin
local post_pct = tonumber(os.getenv("MIX_POST_PCT") or "50")
local post_min = tonumber(os.getenv("POST_MIN") or "2")
local post_max = tonumber(os.getenv("POST_MAX") or "200")
local cookie, form, book, state, signed_in = nil, nil, nil, "get", false
gets, get_ok, posts, post_303, post_other, noform = 0, 0, 0, 0, 0, 0
post_us = {} -- each POST's latency in microseconds
local post_sent_at = nil

function init(args)
  local file = os.getenv("COOKIE_FILE")
  if file then
    local n = 0
    for line in io.lines(file) do
      n = n + 1
      if n == id then cookie, signed_in = line, true end
    end
  end
  base_path = wrk.path:gsub("/$", "")
  origin = wrk.scheme .. "://" .. wrk.host .. ":" .. wrk.port
  math.randomseed(os.time() * 1000 + tonumber(tostring({}):match("0x(%x+)") or "1", 16) % 1000)
end

local function url_encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function html_unescape(text)
  return (text:gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&#x27;", "'"):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&amp;", "&"))
end

function request()
  if form then
    local body = form .. "&reviewer_name=" .. url_encode("Bench Reader " .. math.random(1000))
        .. "&rating=" .. math.random(5) .. "&body=" .. url_encode("A benchmark review, number " .. math.random(1000000) .. ".")
    local page = base_path .. "/books/" .. book
    form, state = nil, "post"
    posts = posts + 1
    post_sent_at = now_us()
    return wrk.format("POST", page .. "/reviews", {
      ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie,
      ["Origin"] = origin, ["Referer"] = origin .. page, ["Sec-Fetch-Site"] = "same-origin"}, body)
  end
  book = math.random(post_min, post_max)
  state = "get"
  gets = gets + 1
  return wrk.format("GET", base_path .. "/books/" .. book, cookie and {["Cookie"] = cookie} or {})
end

function response(status, headers, body)
  local set_cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if set_cookie and not signed_in then
    cookie = set_cookie:match("^([^;]+)")
  end
  if state == "post" then
    if post_sent_at then
      post_us[#post_us + 1] = now_us() - post_sent_at
      post_sent_at = nil
    end
    if status == 303 then post_303 = post_303 + 1 else post_other = post_other + 1 end
    return
  end
  if status ~= 200 then return end
  get_ok = get_ok + 1
  -- Whether this page's form is posted, decided before reading the page: a plain read is not
  -- searched for a form (wrk shares the cores with the server; in the 90/10 mix, searching every
  -- page took a quarter of them).
  form = nil
  if post_pct < 50 and math.random(100) > post_pct * 100 / (100 - post_pct) then return end
  local fields = {}
  local form_html = body:match("<form[^>]-action=\"[^\"]-/reviews\".-</form>")
  if form_html then
    for tag in form_html:gmatch("<input[^>]->") do
      if tag:match('type="hidden"') then
        local name, value = tag:match('name="([^"]*)"'), tag:match('value="([^"]*)"')
        if name and value then
          table.insert(fields, url_encode(html_unescape(name)) .. "=" .. url_encode(html_unescape(value)))
        end
      end
    end
  end
  if #fields == 0 and signed_in then
    -- Reviewed already: the page shows the reader's review; every form of it carries the session's token.
    local token = body:match('name="csrf_token" value="([^"]*)"')
    if token then table.insert(fields, "csrf_token=" .. url_encode(html_unescape(token))) end
  end
  if #fields > 0 then form = table.concat(fields, "&") else noform = noform + 1; form = nil end
end

-- The q-quantile of the sorted list (nearest rank), in milliseconds.
local function quantile_ms(sorted, q)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.ceil(q * #sorted))] / 1000
end

function done(summary, latency, requests)
  local t = {gets = 0, get_ok = 0, posts = 0, post_303 = 0, post_other = 0, noform = 0}
  local all_post_us = {}
  for _, thread in ipairs(threads) do
    for k in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
    for _, us in ipairs(thread:get("post_us") or {}) do all_post_us[#all_post_us + 1] = us end
  end
  table.sort(all_post_us)
  io.write(string.format("browser gets=%d get_ok=%d posts=%d post_303=%d post_other=%d noform=%d"
    .. " post_p50_ms=%.1f post_p99_ms=%.1f\n",
    t.gets, t.get_ok, t.posts, t.post_303, t.post_other, t.noform,
    quantile_ms(all_post_us, 0.50), quantile_ms(all_post_us, 0.99)))
end
