using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Byline.Api;

// Query parameters of endpoints that read their query themselves (so that a bad value is refused
// in the API's own error shape, naming it, rather than by the binder), described for the OpenAPI
// documents.
public static class OpenApiQuery
{
    public static TBuilder WithQuery<TBuilder>(this TBuilder builder, params OpenApiParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
            {
                operation.Parameters.Add(parameter);
            }

            return Task.CompletedTask;
        });

    public static OpenApiParameter Text(string name, string description, bool required = false, int? maxLength = null) =>
        Query(name, description, required, new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength });

    public static OpenApiParameter Number(string name, string description, int minimum, int? maximum, int @default) =>
        Query(name, description, false, new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Minimum = minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
            Default = JsonValue.Create(@default),
        });

    // A comma-separated list of known values: include=tags,authors.
    public static OpenApiParameter List(string name, string description, IEnumerable<string> values)
    {
        var parameter = Query(name, description, false, new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] },
        });
        parameter.Style = ParameterStyle.Form;
        parameter.Explode = false;
        return parameter;
    }

    private static OpenApiParameter Query(string name, string description, bool required, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = required,
        Schema = schema,
    };
}
