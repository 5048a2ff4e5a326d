#!/usr/bin/env python3
"""Times a portal page as a signed-in user's browser asks it: signs in through /login.xhtml (the password, then
the SMS code the demo login page shows), then GETs the page 3 times to warm up and 7 times measured. Prints the
median and worst in ms and checks the page holds a marker text. Usage: portal_page.py base login password path marker"""
import html, re, statistics, sys, time, urllib.parse, urllib.request, http.cookiejar

base, login, password, path, marker = sys.argv[1:6]
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fields(page, form):
    f = re.search(r'<form id="%s".*?</form>' % form, page, re.S).group(0)
    out = {}
    for tag in re.findall(r'<input[^>]*>', f):
        name = re.search(r'name="([^"]*)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            out[name.group(1)] = html.unescape(value.group(1)) if value else ''
    out[form] = form
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']*)'\)", page)
    if nonce:  # what PrimeFaces' script adds to every post (the CSP check refuses a post without it)
        out['primefaces.nonce'] = nonce.group(1)
    return out


def post(url, data):
    body = urllib.parse.urlencode(data).encode()
    headers = {'Content-Type': 'application/x-www-form-urlencoded', 'Origin': base}  # as a browser sends it
    return web.open(urllib.request.Request(url, body, headers)).read().decode()


page = web.open(base + '/login.xhtml').read().decode()
form = fields(page, 'login')
form.update({'login:loginName': login, 'login:password': password, 'login:submit': ''})
page = post(base + '/login.xhtml', form)
code = re.search(r'id="demo-code"[^>]*>[^<]*?(\d{6})', page).group(1)
form = fields(page, 'login')
form.update({'login:code': code, 'login:submitCode': ''})
post(base + '/login.xhtml', form)
url = base + path
first = web.open(url).read().decode()
if marker not in first:
    sys.exit('no "%s" on %s: %s' % (marker, path, re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', first))[:600]))
for _ in range(3):
    web.open(url).read()
times = []
for _ in range(7):
    t = time.perf_counter()
    web.open(url).read()
    times.append((time.perf_counter() - t) * 1000)
print('%.1f %.1f' % (statistics.median(times), max(times)))
