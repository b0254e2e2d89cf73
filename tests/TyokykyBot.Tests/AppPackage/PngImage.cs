using System.Buffers.Binary;
using System.IO.Compression;

namespace TyokykyBot.Tests.AppPackage;

/// <summary>
/// Just enough of PNG (RFC 2083) to check the app icons: the IHDR and, for 8-bit RGBA or grey+alpha
/// without interlacing, the pixels (zlib-inflated IDAT data, each row unfiltered).
/// </summary>
internal sealed record PngImage(int Width, int Height, byte BitDepth, byte ColorType, byte Interlace, byte[] Data)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(Signature), $"{path} is not a PNG");
        var idat = new MemoryStream();
        (int W, int H, byte Depth, byte Color, byte Interlace)? header = null;
        for (var at = Signature.Length; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var body = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                header = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9], body[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(body);
            }

            at += 12 + length;
        }

        Assert.True(header.HasValue, $"{path} has no IHDR");
        var (w, h, depth, color, interlace) = header.Value;
        return new PngImage(w, h, depth, color, interlace, idat.ToArray());
    }

    /// <summary>Every pixel as RGBA.</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        var channels = ColorType switch { 6 => 4, 4 => 2, _ => 0 };
        Assert.True(channels > 0 && BitDepth == 8 && Interlace == 0,
            $"only 8-bit RGBA or grey+alpha without interlacing is read here (colour type {ColorType}, depth {BitDepth}, interlace {Interlace})");

        using var inflater = new ZLibStream(new MemoryStream(Data), CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var stride = Width * channels;
        var previous = new byte[stride];
        var pixels = new List<(byte, byte, byte, byte)>(Width * Height);
        for (var y = 0; y < Height; y++)
        {
            var row = raw.GetBuffer().AsSpan(y * (stride + 1), stride + 1);
            var line = Unfilter(row[0], row[1..].ToArray(), previous, channels);
            for (var x = 0; x < Width; x++)
            {
                var p = x * channels;
                pixels.Add(channels == 4 ? (line[p], line[p + 1], line[p + 2], line[p + 3]) : (line[p], line[p], line[p], line[p + 1]));
            }

            previous = line;
        }

        return pixels;
    }

    private static byte[] Unfilter(byte filter, byte[] line, byte[] above, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= bpp ? line[i - bpp] : 0, up = above[i], upLeft = i >= bpp ? above[i - bpp] : 0;
            line[i] += filter switch
            {
                0 => 0,
                1 => (byte)left,
                2 => (byte)up,
                3 => (byte)((left + up) / 2),
                4 => (byte)Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"PNG filter type {filter}"),
            };
        }

        return line;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
