using System.Reflection;
using System.Text;

namespace Extractor.Tests.Api;

/// <summary>
/// The public surface is deliberate: this test lists every public type and member of the core assembly and compares
/// the listing with <c>PublicApi.approved.txt</c>. A change to the API fails here until the approved file is updated
/// (the test writes <c>PublicApi.received.txt</c> beside it to copy from).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedListing()
    {
        string listing = Describe(typeof(NewsExtractor).Assembly);
        string folder = Path.Combine(Support.SharedData.RepositoryRoot(), "tests", "Extractor.Tests", "Api");
        string approved = Path.Combine(folder, "PublicApi.approved.txt");
        string expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : string.Empty;
        if (listing != expected)
        {
            File.WriteAllText(Path.Combine(folder, "PublicApi.received.txt"), listing);
        }

        listing.Should().Be(expected, "the public API changed; review PublicApi.received.txt and copy it over PublicApi.approved.txt if intended");
    }

    [Fact]
    public void PublicApi_HasAboutADozenTypes()
    {
        typeof(NewsExtractor).Assembly.GetExportedTypes().Length.Should().BeLessThan(25);
    }

    private static string Describe(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            builder.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => !(type.IsEnum && m.Name == "value__"))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            foreach (string member in members)
            {
                builder.Append("  ").Append(member).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string Member(MemberInfo member) => member switch
    {
        PropertyInfo p => $"property {Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"field {Name(f.FieldType)} {f.Name}",
        ConstructorInfo c => $"ctor({string.Join(", ", c.GetParameters().Select(p => Name(p.ParameterType)))})",
        MethodInfo m => $"method {(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({string.Join(", ", m.GetParameters().Select(p => Name(p.ParameterType)))})",
        EventInfo e => $"event {e.Name}",
        Type t => $"nested {t.Name}",
        _ => member.ToString() ?? member.Name,
    };

    private static string Name(Type type)
    {
        if (type.IsGenericType)
        {
            string name = type.Name[..type.Name.IndexOf('`')];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        return type.Name;
    }
}
