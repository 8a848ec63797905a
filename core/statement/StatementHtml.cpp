// The privacy statement as a web page and as the printed statement's rich text.
#include "statement/Statement.h"

#include <QXmlStreamWriter>

namespace Custodian::Statement {

namespace {

// Text with its line breaks: each line an element of its own would be lost on a website's styles,
// so a <br> between the lines.
void writeLines(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("br"));
        xml.writeCharacters(lines.at(i));
    }
}

void writeElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeStartElement(name);
    writeLines(xml, text);
    xml.writeEndElement();
}

void writeBlock(QXmlStreamWriter &xml, const Block &block)
{
    // An empty list would be written <dl/>, which HTML reads as an unclosed start tag.
    if (block.items.isEmpty() && block.facts.isEmpty() &&
        (block.kind == Block::Kind::List || block.kind == Block::Kind::Facts))
        return;
    switch (block.kind) {
    case Block::Kind::Paragraph:
        writeElement(xml, QStringLiteral("p"), block.text);
        break;
    case Block::Kind::Subheading:
        writeElement(xml, QStringLiteral("h3"), block.text);
        break;
    case Block::Kind::List:
        xml.writeStartElement(QStringLiteral("ul"));
        for (const QString &item : block.items)
            writeElement(xml, QStringLiteral("li"), item);
        xml.writeEndElement();
        break;
    case Block::Kind::Facts:
        xml.writeStartElement(QStringLiteral("dl"));
        for (const auto &[label, value] : block.facts) {
            writeElement(xml, QStringLiteral("dt"), label);
            writeElement(xml, QStringLiteral("dd"), value);
        }
        xml.writeEndElement();
        break;
    }
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

} // namespace

QString toHtml(const Model &model, const QString &footer)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeAttribute(QStringLiteral("lang"), model.language);
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
    xml.writeAttribute(QStringLiteral("content"), QStringLiteral("width=device-width, initial-scale=1"));
    writeElement(xml, QStringLiteral("title"), QStringLiteral("%1 · %2").arg(model.title, model.organisation));
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("article"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("privacy-statement"));
    xml.writeStartElement(QStringLiteral("header"));
    writeElement(xml, QStringLiteral("h1"), model.title);
    writeElement(xml, QStringLiteral("p"), model.lead);
    if (!model.introduction.isEmpty())
        writeElement(xml, QStringLiteral("p"), model.introduction);
    if (!model.versionLine.isEmpty())
        writeElement(xml, QStringLiteral("p"), model.versionLine);
    if (!model.gaps.isEmpty()) {
        xml.writeStartElement(QStringLiteral("aside"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("draft-notes"));
        writeElement(xml, QStringLiteral("p"), model.gapsTitle);
        writeBlock(xml, {Block::Kind::List, {}, model.gaps, {}});
        xml.writeEndElement();
    }
    // The contents: a link to each section.
    xml.writeStartElement(QStringLiteral("nav"));
    xml.writeStartElement(QStringLiteral("ol"));
    for (const Section &section : model.sections) {
        xml.writeStartElement(QStringLiteral("li"));
        xml.writeStartElement(QStringLiteral("a"));
        xml.writeAttribute(QStringLiteral("href"), QLatin1Char('#') + section.id);
        xml.writeCharacters(section.title);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // ol
    xml.writeEndElement(); // nav
    xml.writeEndElement(); // header
    for (const Section &section : model.sections) {
        xml.writeStartElement(QStringLiteral("section"));
        xml.writeAttribute(QStringLiteral("id"), section.id);
        writeElement(xml, QStringLiteral("h2"), section.title);
        for (const Block &block : section.blocks)
            writeBlock(xml, block);
        xml.writeEndElement();
    }
    if (!footer.isEmpty()) {
        xml.writeStartElement(QStringLiteral("footer"));
        writeElement(xml, QStringLiteral("p"), footer);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // article
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndDocument();
    // The writer starts the doctype on a line of its own.
    return text.trimmed() + QLatin1Char('\n');
}

QString toRichText(const Model &model)
{
    QString html = QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1><p class=\"lead\">%3</p>")
                       .arg(escaped(model.organisation), escaped(model.title), escaped(model.lead));
    if (!model.introduction.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(model.introduction));
    if (!model.versionLine.isEmpty())
        html += QStringLiteral("<p class=\"lead\">%1</p>").arg(escaped(model.versionLine));
    for (const Section &section : model.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title));
        for (const Block &block : section.blocks) {
            switch (block.kind) {
            case Block::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>").arg(escaped(block.text));
                break;
            case Block::Kind::Subheading:
                html += QStringLiteral("<h3>%1</h3>").arg(escaped(block.text));
                break;
            case Block::Kind::List: {
                html += QStringLiteral("<ul>");
                for (const QString &item : block.items)
                    html += QStringLiteral("<li>%1</li>").arg(escaped(item));
                html += QStringLiteral("</ul>");
                break;
            }
            case Block::Kind::Facts: {
                if (block.facts.isEmpty())
                    break;
                html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
                for (const auto &[label, value] : block.facts)
                    html += QStringLiteral("<tr><td width=\"28%\" class=\"label\">%1</td><td>%2</td></tr>")
                                .arg(escaped(label), escaped(value));
                html += QStringLiteral("</table>");
                break;
            }
            }
        }
    }
    return html;
}

} // namespace Custodian::Statement
