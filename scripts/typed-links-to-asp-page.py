#!/usr/bin/env python3
"""Rewrites typed in-app addresses in Razor pages as routing (docs/adr/0243), for a branch that still types them.

    python3 scripts/typed-links-to-asp-page.py [page.cshtml ...]   (default: every page)

href="/cases/@c.Id/deadlines" on an <a> becomes asp-page="/Cases/Deadlines" asp-route-id="@c.Id" (the page found by
matching the address against every page's @page route; query values become asp-route-..., handler= becomes
asp-page-handler, #x asp-fragment); action="/..." on a <form> likewise; <link href> and <script src> get ~/. What it
cannot read (an address built from a C# expression, a route no page has) is printed and left for a person; then
PathBaseLinkTests' scan says whether anything remains. Redirect("/...") in C# is rewritten by hand (RedirectToPage).
"""
import re, os, sys, glob
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'PanelCaseManager.Web', 'Pages')
root = os.path.normpath(root)
routes = []
for f in glob.glob(root + '/**/*.cshtml', recursive=True):
    first = open(f).readline()
    m = re.match(r'@page\s+"([^"]+)"', first)
    if m:
        name = '/' + os.path.relpath(f, root)[:-len('.cshtml')]
        routes.append((name, m.group(1)))

def parse_tpl(t):
    segs = [s for s in t.strip('/').split('/') if s != ''] if t != '/' else []
    out = []
    for s in segs:
        m = re.fullmatch(r'\{([A-Za-z]+)(?::(.*))?\}', s)
        if m:
            out.append(('param', m.group(1), m.group(2)))
        else:
            out.append(('lit', s, None))
    return out

tpls = [(n, t, parse_tpl(t)) for n, t in routes]

def is_expr(s): return s.startswith('@')

def norm_expr(s):
    m = re.fullmatch(r'@Uri\.EscapeDataString\((.*)\)', s)
    if m: return '@' + m.group(1)
    return s

def match(path_segs):
    best = None
    for name, t, segs in tpls:
        if len(segs) != len(path_segs): continue
        score = 0; values = []
        ok = True
        for (kind, v, c), p in zip(segs, path_segs):
            if kind == 'lit':
                if p != v: ok = False; break
                score += 2
            else:
                if is_expr(p):
                    values.append((v, norm_expr(p))); score += 1
                else:
                    if c in ('guid', 'int'): ok = False; break
                    if c and c.startswith('regex('):
                        rx = c[len('regex('):-1]
                        if not re.search(rx, p): ok = False; break
                    values.append((v, p)); score += 0
        if ok and (best is None or score > best[0]):
            best = (score, name, values)
    return best

SIMPLE_SEG = re.compile(r'^(?:[A-Za-z0-9._~-]+|@[A-Za-z_][A-Za-z0-9_.]*(?:\([A-Za-z0-9_.]*\))?|@\([^()"]*\))$')

def convert(url):
    frag = None
    if '#' in url:
        url, frag = url.split('#', 1)
    query = None
    if '?' in url:
        url, query = url.split('?', 1)
    segs = [s for s in url.strip('/').split('/') if s] if url != '/' else []
    for s in segs:
        if not SIMPLE_SEG.match(s): return None
    m = match(segs)
    if not m: return None
    _, name, values = m
    attrs = [f'asp-page="{name}"']
    handler = None
    if query:
        for pair in re.split(r'&amp;|&', query):
            if '=' not in pair: return None
            k, v = pair.split('=', 1)
            if not re.fullmatch(r'[A-Za-z][A-Za-z0-9.]*', k): return None
            if not (re.fullmatch(r'[A-Za-z0-9._-]*', v) or SIMPLE_SEG.match(v)): return None
            if k == 'handler': handler = v
            else: values.append((k, v))
    if handler: attrs.append(f'asp-page-handler="{handler}"')
    for k, v in values:
        attrs.append(f'asp-route-{k}="{v}"')
    if frag: attrs.append(f'asp-fragment="{frag}"')
    return ' '.join(attrs)

left = []
changed = 0
files = sys.argv[1:] or sorted(glob.glob(root + '/**/*.cshtml', recursive=True))
for f in files:
    text = open(f).read()
    def repl(m):
        global changed
        tag, before, attr, url = m.group(1), m.group(2) or '', m.group(3), m.group(4)
        if tag == 'link' or tag == 'script':
            changed += 1
            return f'<{tag}{before}{attr}="~{url}"'
        if (tag == 'a' and attr == 'href') or (tag == 'form' and attr == 'action'):
            c = convert(url)
            if c:
                changed += 1
                return f'<{tag}{before}{c}'
        left.append(f'{os.path.relpath(f, root)}: {m.group(0)[:160]}')
        return m.group(0)
    new = re.sub(r'<(a|form|link|script)(\s[^<>]*?)?\b(href|action|src)="(/[^"]*)"', repl, text)
    if new != text:
        open(f, 'w').write(new)
print('changed', changed)
print('\n'.join(left))
