using Microsoft.Playwright;

namespace Byline.Tests.Security;

// Loads pages in Chromium and records any sign that script ran or was about to: a dialog
// (alert/confirm/prompt/print, overridden in every frame before any page script and also caught
// by Playwright), a console call, a page error, a CSP violation, and, after load, any handler
// attribute, script URL or unexpected script element left armed in the DOM for a click to fire.
// The site is served to Chromium from the in-memory app under http://byline.test/; every other
// host is refused, so payloads that call out cannot slow the run or leak.
public sealed class ScriptWatch : IAsyncDisposable
{
    public const string Origin = "http://byline.test";

    private const string Hooks = """
        (() => {
          const report = (kind, detail) => { try { window.__xss(kind + ': ' + String(detail).slice(0, 160)); } catch (e) {} };
          for (const name of ['alert', 'confirm', 'prompt', 'print']) {
            try { Object.defineProperty(window, name, { value: (...args) => report(name, args.join(' ')), writable: false, configurable: false }); } catch (e) {}
          }
          for (const name of ['log', 'info', 'warn', 'error', 'debug']) {
            try { console[name] = (...args) => report('console.' + name, args.join(' ')); } catch (e) {}
          }
          document.addEventListener('securitypolicyviolation', e => report('csp', e.violatedDirective + ' ' + e.blockedURI), true);
        })();
        """;

    // Live sinks a reader could set off with a click or a hover, in every frame's DOM.
    private const string ArmedSinks = """
        () => {
          const found = [];
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              const name = attr.name.toLowerCase(), value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
              if (name.startsWith('on')) found.push('handler ' + el.localName + '[' + name + ']');
              if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(name) && /^(javascript|vbscript|data:text\/html)/.test(value)) found.push('script url ' + el.localName + '[' + name + ']');
            }
            if (el.localName === 'script' && el.type !== 'application/ld+json') found.push('script element');
            if (['object', 'embed', 'base'].includes(el.localName)) found.push(el.localName + ' element');
            if (el.localName === 'iframe' && (!el.hasAttribute('sandbox') || /allow-scripts/.test(el.getAttribute('sandbox')))) found.push('iframe that may run script');
          }
          return found;
        }
        """;

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly List<string> _events = [];

    private ScriptWatch(IBrowserContext context, IPage page)
    {
        _context = context;
        _page = page;
    }

    public IReadOnlyList<string> Events => _events;

    public static async Task<ScriptWatch> OpenAsync(IBrowser browser, HttpClient site)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var watch = new ScriptWatch(context, page);
        await context.ExposeFunctionAsync("__xss", (string what) => watch.Record(what));
        await context.AddInitScriptAsync(Hooks);
        page.Dialog += async (_, dialog) =>
        {
            watch.Record($"dialog {dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => watch.Record($"page error: {error}");
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (!url.StartsWith(Origin + "/", StringComparison.Ordinal) || route.Request.Method != "GET")
            {
                await route.AbortAsync();
                return;
            }

            using var response = await site.GetAsync(url[Origin.Length..]);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = (int)response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                BodyBytes = await response.Content.ReadAsByteArrayAsync(),
            });
        });
        return watch;
    }

    private void Record(string what)
    {
        lock (_events)
        {
            _events.Add($"{_page.Url}: {what}");
        }
    }

    // Loads a page of the site, lets load-time handlers (onerror, onload, autofocus) fire, then looks for armed sinks.
    public async Task VisitAsync(string path)
    {
        var response = await _page.GotoAsync(Origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
        await SettleAsync();
    }

    // Loads markup directly, for checking that the watch itself sees script.
    public async Task ShowAsync(string html)
    {
        await _page.GotoAsync(Origin + "/robots.txt");
        await _page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        await SettleAsync();
    }

    private async Task SettleAsync()
    {
        await _page.WaitForTimeoutAsync(150);
        foreach (var frame in _page.Frames)
        {
            try
            {
                foreach (var sink in await frame.EvaluateAsync<string[]>(ArmedSinks))
                {
                    Record($"armed {sink}");
                }
            }
            catch (PlaywrightException)
            {
                // A sandboxed frame without scripts cannot be evaluated in, which is the point of it.
            }
        }
    }

    public void AssertNothingRan(string what)
    {
        lock (_events)
        {
            Assert.True(_events.Count == 0, $"{what}: {_events.Count} signs of script\n" + string.Join("\n", _events.Take(30)));
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
