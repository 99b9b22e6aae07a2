using System.Diagnostics;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>Runs the built <c>extractor</c> CLI as a child process, the way other tools call it.</summary>
internal static class CliRunner
{
    public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

    public static CliResult Run(string? standardInput, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Extractor.Cli.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the CLI.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            using var writer = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
            writer.Write(standardInput);
        }
        else
        {
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The CLI did not finish in two minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
