using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Byline.Theme;

// Renders a theme's Liquid templates. Every value is HTML-encoded unless a template says `| raw`,
// which the default theme uses only for bodies sanitized at save. Parsed templates are kept until
// their file changes.
public sealed class ThemeRenderer : IDisposable
{
    // Encodes what HTML needs encoded and leaves other text (Nguyễn, São Paulo, ’) as it is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly PhysicalFileProvider _files;
    private readonly RememberedFiles _remembered;

    public ThemeRenderer(ThemeFolder folder, AssetFingerprints assets)
    {
        _files = new PhysicalFileProvider(folder.Templates);
        _remembered = new RememberedFiles(_files);
        _options.FileProvider = _remembered;
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        _options.MaxSteps = 1_000_000;
        foreach (var type in typeof(ThemeRenderer).Assembly.GetTypes().Where(t => t.Namespace == "Byline.Site.Views"))
        {
            _options.MemberAccessStrategy.Register(type);
        }

        _options.Filters.AddFilter("raw", (input, _, _) => new StringValue(input.ToStringValue(), false));
        _options.Filters.AddFilter("asset_url", (input, _, _) => new StringValue(assets.Url(input.ToStringValue())));
        WatchForChanges();
    }

    public async Task<string> RenderAsync(string templateName, object model, IReadOnlyDictionary<string, object?>? values = null)
    {
        var context = new TemplateContext(model, _options);
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                context.SetValue(key, value);
            }
        }

        var body = await Load(templateName).RenderAsync(context, Encoder);
        context.SetValue("content", new StringValue(body, false));
        return await Load("layout").RenderAsync(context, Encoder);
    }

    private IFluidTemplate Load(string name) => _templates.GetOrAdd(name, key =>
    {
        var path = Path.Combine(_files.Root, key + ".liquid");
        var source = File.ReadAllText(path);
        return _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Theme template {key}.liquid has an error: {error}");
    });

    public void Dispose() => _files.Dispose();

    private void WatchForChanges() =>
        Microsoft.Extensions.Primitives.ChangeToken.OnChange(() => _files.Watch("**/*.liquid"), () =>
        {
            _remembered.Forget();
            _templates.Clear();
        });
}
