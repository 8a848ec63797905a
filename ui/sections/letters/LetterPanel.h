#pragma once

#include <QPair>
#include <QWidget>

#include <functional>

#include "letters/LetterCatalogue.h"

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Custodian::Ui {

class LetterDialog;
class RegisterContext;

// The letters of one saved request case or breach: "Write letter…" with the letters of its kind
// (a letter to a party names the processors and recipients of the case), and the letters saved
// with it, to open or delete. Each letter opens in its own window (LetterDialog).
class LetterPanel : public QWidget
{
    Q_OBJECT
public:
    LetterPanel(RegisterContext *context, Letters::Subject subject, QWidget *parent = nullptr);

    // The case (no uuid: not saved yet, so no letter can be written); the language its letters are
    // written in; the processors instructed and the recipients told (uuid, name), who the letters
    // to a party go to.
    void setCase(const QString &caseUuid, const QString &language,
                 const QList<QPair<QString, QString>> &processors = {},
                 const QList<QPair<QString, QString>> &recipients = {});
    // A letter is written from the saved case: while this says the editor has unsaved changes,
    // Write letter… asks to save them first.
    void setUnsavedCheck(std::function<bool()> unsaved) { m_unsaved = std::move(unsaved); }

    // Makes the letter and opens it; null (with a message) when it could not be made.
    LetterDialog *writeLetter(const QString &kind, const QString &partyUuid = QString(),
                              const QString &language = QString());
    LetterDialog *openLetter(const QString &letterUuid);
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showWriteMenu();
    void removeSelected();
    void updateButtons();
    void retranslateUi();

    RegisterContext *m_context = nullptr;
    Letters::Subject m_subject;
    QString m_caseUuid;
    QString m_language = QStringLiteral("nl");
    QList<QPair<QString, QString>> m_processors;
    QList<QPair<QString, QString>> m_recipients;
    std::function<bool()> m_unsaved;
    QLabel *m_hintLabel = nullptr;
    QToolButton *m_writeButton = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace Custodian::Ui
