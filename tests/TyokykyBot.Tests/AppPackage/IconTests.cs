namespace TyokykyBot.Tests.AppPackage;

public class IconTests
{
    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icon_NamedInManifest_HasTeamsSize(string icon, int size)
    {
        var file = (string)AppPackageFiles.Manifest["icons"]![icon]!;

        var png = PngImage.Read(Path.Combine(AppPackageFiles.Folder, file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var pixels = PngImage.Read(Path.Combine(AppPackageFiles.Folder, "outline.png")).Pixels().ToList();

        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither white nor fully transparent"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void ColorIcon_IsOpaque()
    {
        // Teams shows the colour icon on tiles of its own: a transparent corner would show their colour.
        var pixels = PngImage.Read(Path.Combine(AppPackageFiles.Folder, "color.png")).Pixels();

        Assert.All(pixels, p => Assert.Equal(255, p.A));
    }
}
