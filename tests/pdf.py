"""Read the PDFs the portal makes as a person reads them: the text on each page."""

import io
from collections import Counter

from pypdf import PdfReader


def pdf_reader(response) -> PdfReader:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def pdf_pages(response) -> list[str]:
    """Each page's text with its line breaks and runs of spaces made single spaces."""
    return [" ".join(page.extract_text().split()) for page in pdf_reader(response).pages]


def pdf_text(response) -> str:
    return " ".join(pdf_pages(response))


def pdf_font_names(response) -> set[str]:
    """The embedded fonts without their subset prefix: {'DejaVu-Sans', 'DejaVu-Sans-Bold'}."""
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in pdf_reader(response).pages
        for font in page["/Resources"]["/Font"].values()
    }


def pdf_text_sizes(response) -> Counter:
    """How many characters are printed at each type size (points), over all pages."""
    sizes = Counter()

    def count(text, matrix, text_matrix, font, size):
        if text.strip():
            scale = (text_matrix[3] or 1) * (matrix[3] or 1)
            sizes[round(size * scale, 1)] += len(text.strip())

    for page in pdf_reader(response).pages:
        page.extract_text(visitor_text=count)
    return sizes
