using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Byline.Theme;

// The theme's files as Fluid sees them for {% render %} and {% include %}: each file's details are
// looked up once, not with a stat call at every render, and forgotten when any template changes.
public sealed class RememberedFiles(PhysicalFileProvider files) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _infos = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _infos.GetOrAdd(subpath, files.GetFileInfo);

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);

    public void Forget() => _infos.Clear();
}
