using System.Globalization;
using System.Text;

namespace Indicators.Data;

/// <summary>
/// A text file (a report, a CSV table) decoded to text, or the one line that says why it cannot be. UTF-8 first (a byte-order mark is dropped
/// before reading, so that spans count from the first character of the report); when the bytes are not valid UTF-8,
/// GB18030 (code page 54936, the Chinese national standard, a superset of GBK and GB2312). Both decoders are strict: a
/// byte neither encoding accepts is an error, never a replacement character inside a figure.
/// </summary>
internal sealed class TextFile
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        // .NET Core knows only Unicode encodings until the code-page provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private TextFile(string path, string? text, string? encodingName, string? error)
    {
        Path = path;
        Text = text;
        EncodingName = encodingName;
        Error = error;
    }

    /// <summary>The path as given on the command line.</summary>
    internal string Path { get; }

    /// <summary>The decoded text (without a byte-order mark), or null when <see cref="Error"/> says why not.</summary>
    internal string? Text { get; }

    /// <summary>"UTF-8" or "GB18030", or null.</summary>
    internal string? EncodingName { get; }

    /// <summary>One line naming the file and what is wrong with it, or null.</summary>
    internal string? Error { get; }

    /// <summary>Reads and decodes a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The text, or the error.</returns>
    internal static TextFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return Failed(path, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            return Failed(path, "no such file (its folder does not exist)");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(path, Directory.Exists(path) ? "is a folder, not a file" : "permission denied");
        }
        catch (IOException e)
        {
            return Failed(path, "cannot be read: " + e.Message);
        }
        return Decode(path, bytes);
    }

    /// <summary>Decodes bytes read from <paramref name="path"/>.</summary>
    /// <param name="path">The name to report.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The text, or the error.</returns>
    internal static TextFile Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        int utf8Error;
        try
        {
            return new TextFile(path, StrictUtf8.GetString(body), "UTF-8", null);
        }
        catch (DecoderFallbackException e)
        {
            utf8Error = e.Index;
        }
        try
        {
            return new TextFile(path, StrictGb18030.Value.GetString(body), "GB18030", null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : utf8Error;
            var offset = at >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (byte {at + (bytes.Length - body.Length)} is invalid)") : "";
            return Failed(path, "is neither UTF-8 nor GB18030 text" + offset);
        }
    }

    private static TextFile Failed(string path, string reason) => new(path, null, null, $"{path}: {reason}");
}
