using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class EntityModelFormatTests
{
    private static byte[] ModelBytes()
    {
        using var stream = new MemoryStream();
        (EntityModel.LoadDefault() ?? throw new InvalidOperationException("no embedded model")).Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Load_RandomBytes_ThrowsInvalidDataException()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var act = () => EntityModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*not an Extractor entity model*");
    }

    [Fact]
    public void Load_EmptyStream_ThrowsInvalidDataException()
    {
        var act = () => EntityModel.Load(new MemoryStream());

        act.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData(20)]
    [InlineData(1000)]
    [InlineData(-9)]
    public void Load_TruncatedModel_ThrowsInvalidDataException(int keep)
    {
        var bytes = ModelBytes();
        int length = keep > 0 ? keep : bytes.Length + keep;

        var act = () => EntityModel.Load(new MemoryStream(bytes, 0, length));

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Load_FlippedByteInWeights_ThrowsInvalidDataExceptionAboutCorruption()
    {
        var bytes = ModelBytes();
        bytes[bytes.Length / 2] ^= 0x40;

        var act = () => EntityModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*corrupt*");
    }

    [Fact]
    public void Load_NewerFormatVersion_ThrowsInvalidDataExceptionNamingTheVersion()
    {
        var bytes = ModelBytes();
        BitConverter.GetBytes(EntityModelFormat.Version + 1).CopyTo(bytes, 8);

        var act = () => EntityModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage($"*version {EntityModelFormat.Version + 1}*");
    }
}
