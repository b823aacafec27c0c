"""Reading errors as data: a stable code and a Vietnamese reason that names the file.

Readers raise `ReadError`; the batch catches it, records `{source, reason}` in batch.json and
goes on. Messages are for the reviewer (Vietnamese); codes are for scripts and tests.
"""

from __future__ import annotations

# code -> Vietnamese reason; "{path}" is the file as given, "{detail}" an optional detail.
MESSAGES: dict[str, str] = {
    "empty": "Tệp {path} rỗng (0 byte), không có nội dung để đọc.",
    "not-found": "Không tìm thấy tệp {path}.",
    "unsupported": "Tệp {path} không phải Word (.docx, .doc) hoặc PDF nên không đọc được{detail}.",
    "corrupt-docx": "Tệp Word {path} bị hỏng hoặc không đầy đủ, không mở được{detail}.",
    "corrupt-pdf": "Tệp PDF {path} bị hỏng hoặc không đầy đủ, không mở được{detail}.",
    "corrupt-doc": "Tệp Word cũ (.doc) {path} bị hỏng, không chuyển đổi được{detail}.",
    "encrypted": "Tệp {path} được đặt mật khẩu; đề nghị chủ thể gửi lại bản không đặt mật khẩu.",
    "too-large": "Tệp {path} quá lớn ({detail}), vượt giới hạn cho phép.",
    "too-many-pages": "Tệp {path} có quá nhiều trang ({detail}), vượt giới hạn cho phép.",
    "zip-bomb": "Tệp {path} có nội dung nén bất thường ({detail}), có thể là tệp độc hại; không đọc.",
    "hostile-xml": "Tệp {path} chứa cấu trúc XML không an toàn ({detail}), có thể là tệp độc hại; không đọc.",
    "too-complex": "Tệp {path} có cấu trúc lồng nhau quá sâu ({detail}), vượt giới hạn cho phép; không đọc.",
    "too-long": "Tệp {path} quá dài ({detail}), vượt giới hạn cho phép.",
    "no-text": "Không trích xuất được chữ nào từ tệp {path}{detail}.",
    "ocr-unavailable": "Tệp {path} là bản scan nhưng máy chưa cài Tesseract tiếng Việt để nhận dạng chữ.",
    "converter-unavailable": "Tệp {path} là Word cũ (.doc) nhưng máy chưa cài LibreOffice để chuyển đổi.",
    "timeout": "Đọc tệp {path} quá thời gian cho phép ({detail}).",
    "internal": "Lỗi khi đọc tệp {path}: {detail}",
    "write-failed": "Không ghi được kết quả đánh giá tệp {path} vào thư mục kết quả ({detail}); tệp gốc "
                    "không bị ảnh hưởng. Hãy giải phóng chỗ trống trên ổ đĩa rồi chạy lại.",
}

# Codes whose message puts the detail in brackets itself (or, for "unsupported", appends it as is).
_INLINE_DETAIL = {"internal", "too-large", "too-many-pages", "zip-bomb", "hostile-xml", "timeout",
                  "too-complex", "too-long", "write-failed", "unsupported"}


class ReadError(Exception):
    """A file that cannot be read. `reason` is the Vietnamese sentence for batch.json."""

    def __init__(self, code: str, path: str, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        template = MESSAGES.get(code, MESSAGES["internal"])
        sep = ": " if detail and code not in _INLINE_DETAIL else ""
        self.reason = template.format(path=path, detail=(sep + detail) if sep else detail)
        super().__init__(self.reason)

    def __reduce__(self):
        # Raised in reading worker processes: must cross the process boundary intact.
        return (ReadError, (self.code, self.path, self.detail))
