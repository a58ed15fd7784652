package needle.web;

import needle.NeedleException;

/** An upload larger than the app accepts. */
final class UploadTooLarge extends NeedleException {
  private static final long serialVersionUID = 1L;

  UploadTooLarge(long limitBytes) {
    super(
        "the file is larger than "
            + size(limitBytes)
            + ", the most Needle accepts (split it, or import it with: needle import)");
  }

  static String size(long bytes) {
    long mb = 1024 * 1024;
    return bytes >= mb ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
  }
}
