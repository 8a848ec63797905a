#include "LetterCatalogue.h"

#include "DocumentLanguage.h"

#include <QFile>

namespace Custodian::Letters {

namespace {

struct KindInfo
{
    const char *code;
    Subject subject;
    bool toParty;
    const char *title;
};

// clang-format off
const KindInfo Kinds[] = {
    {"acknowledgement", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Acknowledgement of receipt")},
    {"identification", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Request for identification")},
    {"clarification", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Request for clarification")},
    {"extension", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Extension notice")},
    {"access", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Access response")},
    {"refusal", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Refusal")},
    {"completion", Subject::Request, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Rectification, erasure or restriction completed")},
    {"recipient_notice", Subject::Request, true, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Notice to a recipient (Art. 19)")},
    {"processor_instruction", Subject::Request, true, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Instruction to a processor")},
    {"breach_subjects", Subject::Breach, false, QT_TRANSLATE_NOOP("Custodian::Letters::LetterCatalogue", "Communication to the people affected (Art. 34)")},
};
// clang-format on

const KindInfo *find(const QString &kind)
{
    for (const KindInfo &info : Kinds) {
        if (kind == QLatin1String(info.code))
            return &info;
    }
    return nullptr;
}

QVariantMap texts(const QStringList &names)
{
    QVariantMap map;
    for (const QString &name : names)
        map.insert(name, QStringLiteral("x"));
    return map;
}

QVariantMap flags(const QStringList &names)
{
    QVariantMap map;
    for (const QString &name : names)
        map.insert(name, true);
    return map;
}

QVariantMap merged(QVariantMap map, const QVariantMap &more)
{
    map.insert(more);
    return map;
}

} // namespace

QStringList LetterCatalogue::kinds(Subject subject)
{
    QStringList result;
    for (const KindInfo &info : Kinds) {
        if (info.subject == subject)
            result << QLatin1String(info.code);
    }
    return result;
}

QStringList LetterCatalogue::allKinds()
{
    return kinds(Subject::Request) + kinds(Subject::Breach);
}

bool LetterCatalogue::isKind(const QString &kind)
{
    return find(kind) != nullptr;
}

Subject LetterCatalogue::subjectOf(const QString &kind)
{
    const KindInfo *info = find(kind);
    return info ? info->subject : Subject::Request;
}

bool LetterCatalogue::addressedToParty(const QString &kind)
{
    const KindInfo *info = find(kind);
    return info && info->toParty;
}

QStringList LetterCatalogue::parts()
{
    return {QStringLiteral("letterhead"), QStringLiteral("closing"), QStringLiteral("remedies")};
}

QStringList LetterCatalogue::templateNames()
{
    QStringList names = allKinds();
    for (const QString &part : parts())
        names << partTemplateName(part);
    return names;
}

QString LetterCatalogue::title(const QString &kind, const DocumentLanguage &language)
{
    const KindInfo *info = find(kind);
    return info ? language.translate("Custodian::Letters::LetterCatalogue", info->title) : kind;
}

QString LetterCatalogue::title(const QString &kind)
{
    const KindInfo *info = find(kind);
    return info ? tr(info->title) : kind;
}

QString LetterCatalogue::builtIn(const QString &name, const QString &language)
{
    QFile file(QStringLiteral(":/letters/%1/%2.md").arg(language, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QVariantMap LetterCatalogue::schema(const QString &kind)
{
    QVariantMap organisation = texts({QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("email"),
                                      QStringLiteral("phone"), QStringLiteral("contact")});
    organisation.insert(QStringLiteral("public_body"), true);
    QVariantMap values{
        {QStringLiteral("today"), QStringLiteral("x")},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("dpo"), texts({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")})},
    };
    if (subjectOf(kind) == Subject::Breach) {
        values.insert(
            QStringLiteral("breach"),
            merged(texts({QStringLiteral("number"), QStringLiteral("summary"), QStringLiteral("occurred"),
                          QStringLiteral("aware"), QStringLiteral("data_types"), QStringLiteral("consequences"),
                          QStringLiteral("measures"), QStringLiteral("contact")}),
                   flags({QStringLiteral("special")})));
        return values;
    }
    values.insert(QStringLiteral("case"),
                  merged(texts({QStringLiteral("number"), QStringLiteral("received"), QStringLiteral("due"),
                                QStringLiteral("first_due"), QStringLiteral("rights"), QStringLiteral("scope"),
                                QStringLiteral("deciding_body")}),
                         flags({QStringLiteral("extended"), QStringLiteral("awb_decision")})));
    values.insert(QStringLiteral("requester"), texts({QStringLiteral("name"), QStringLiteral("contact")}));
    values.insert(QStringLiteral("by_representative"), true);
    values.insert(QStringLiteral("representative"), texts({QStringLiteral("name"), QStringLiteral("mandate")}));
    values.insert(QStringLiteral("asked"),
                  flags({QStringLiteral("access"), QStringLiteral("rectification"), QStringLiteral("erasure"),
                         QStringLiteral("restriction"), QStringLiteral("portability"), QStringLiteral("objection"),
                         QStringLiteral("automated_decision"), QStringLiteral("withdraw_consent"),
                         QStringLiteral("information")}));
    values.insert(QStringLiteral("done"), values.value(QStringLiteral("asked")));
    const QVariantMap right = merged(texts({QStringLiteral("right"), QStringLiteral("outcome"),
                                            QStringLiteral("ground"), QStringLiteral("reasoning")}),
                                     flags({QStringLiteral("granted"), QStringLiteral("refused")}));
    values.insert(QStringLiteral("rights"), QVariantList{right});
    values.insert(QStringLiteral("refused_rights"), QVariantList{right});
    values.insert(QStringLiteral("extension"), texts({QStringLiteral("reason"), QStringLiteral("reasoning")}));
    values.insert(QStringLiteral("art12_5"),
                  merged(texts({QStringLiteral("kind"), QStringLiteral("reasoning"), QStringLiteral("fee")}),
                         flags({QStringLiteral("charges_fee"), QStringLiteral("refuses")})));
    values.insert(QStringLiteral("identity"), texts({QStringLiteral("reasoning")}));
    const QVariantMap activity =
        merged(texts({QStringLiteral("name"), QStringLiteral("purpose"), QStringLiteral("lawful_bases"),
                      QStringLiteral("legal_provision"), QStringLiteral("legitimate_interest"),
                      QStringLiteral("subject_categories"), QStringLiteral("data_categories"),
                      QStringLiteral("special_categories"), QStringLiteral("recipients"), QStringLiteral("retention"),
                      QStringLiteral("source"), QStringLiteral("transfers"), QStringLiteral("automated_logic"),
                      QStringLiteral("automated_consequences"), QStringLiteral("automated_safeguards")}),
               flags({QStringLiteral("source_public"), QStringLiteral("has_transfers"), QStringLiteral("automated")}));
    values.insert(QStringLiteral("activities"), QVariantList{activity});
    values.insert(QStringLiteral("any_transfers"), true);
    values.insert(QStringLiteral("any_automated"), true);
    const QVariantMap notice = texts({QStringLiteral("name"), QStringLiteral("date")});
    values.insert(QStringLiteral("recipients"), QVariantList{notice});
    values.insert(QStringLiteral("processors"), QVariantList{notice});
    if (addressedToParty(kind))
        values.insert(QStringLiteral("party"), texts({QStringLiteral("name"), QStringLiteral("contact")}));
    return values;
}

} // namespace Custodian::Letters
