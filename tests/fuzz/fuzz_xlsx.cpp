// libFuzzer target: Excel workbooks (Exchange::Xlsx::read, minizip and QXmlStreamReader, through
// Tabular::readData), imported in our layout and in the ICO layout into a register that holds
// items, as dry runs. The input is read twice: as the bytes of a workbook (damaged archives), and
// as the XML of its parts (workbook, relations, texts, styles, one sheet, separated by a line
// "----"), packed into a sound archive so that the mutations reach the XML readers rather than
// stopping at a checksum. Whatever the input, the reader returns sheets or findings and the import
// findings or a status, never a crash, and nothing is written.
// `make test` replays the committed corpus (tests/fuzz/corpus/NAME); `make fuzz` fuzzes.
#include <cstdint>
#include <cstdlib>

#include "FuzzFixture.h"
#include "exchange/Tabular.h"
#include "exchange/Zip.h"

#include <QFile>

using namespace Custodian;

namespace {

// The parts given in the input, or a minimal part where the input has fewer, as a workbook.
QByteArray workbookOf(const QByteArray &bytes, const QString &folder)
{
    static const QList<std::pair<QString, QByteArray>> defaults = {
        {QStringLiteral("xl/workbook.xml"),
         R"(<workbook xmlns:r="r"><sheets><sheet name="Parties" r:id="rId1"/></sheets></workbook>)"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {QStringLiteral("xl/sharedStrings.xml"), R"(<sst><si><t>Name</t></si><si><t>Acme</t></si></sst>)"},
        {QStringLiteral("xl/styles.xml"), R"(<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>)"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
         R"(<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>)"},
    };
    const QList<QByteArray> given = QByteArray(bytes).replace("\n----\n", "\x1e").split('\x1e');
    const QString path = folder + QStringLiteral("/parts.xlsx");
    QFile::remove(path);
    {
        Exchange::ZipWriter zip(path);
        for (qsizetype i = 0; i < defaults.size(); ++i)
            zip.add(defaults.at(i).first, i < given.size() ? given.at(i) : defaults.at(i).second);
        if (!zip.close())
            return QByteArray();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Fixture &registers = Fuzz::fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::importLists(registers, bytes, QStringLiteral("input.xlsx"));
    Fuzz::importLists(registers, workbookOf(bytes, registers.dir.path()), QStringLiteral("parts.xlsx"));
    if (Register::AuditLog::count(registers.filled.connection()) != registers.filledEntries)
        std::abort(); // something was written
    return 0;
}
