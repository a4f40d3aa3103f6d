// bench/run.sh's reference row: the same Kestrel and host defaults as Byline, one terminal
// middleware answering every request with the bytes of one page read at start. What Byline's page
// cache adds on a hit is the difference between this row and "story, cached".
//   dotnet Bare.dll PAGE.html --urls http://127.0.0.1:PORT
var page = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateBuilder(args[1..]);
var app = builder.Build();
app.Run(async http =>
{
    http.Response.ContentType = "text/html; charset=utf-8";
    http.Response.ContentLength = page.Length;
    await http.Response.BodyWriter.WriteAsync(page);
});
await app.RunAsync();
