#include "ComplaintsDialog.h"

#include "CallbackService.h"
#include "Centre.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline {

ComplaintsDialog::ComplaintsDialog(CallbackService &callbacks, QWidget *parent)
    : QDialog(parent)
    , m_callbacks(callbacks)
{
    setWindowTitle(tr("Open complaints"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 2);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("&Resolution (kept in writing, R24):"), this));
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setTabChangesFocus(true);
    layout->addWidget(m_resolution, 1);
    m_message = new QLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *resolve = buttons->addButton(tr("Resolve (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(resolve, &QPushButton::clicked, this, &ComplaintsDialog::resolve);
    connect(m_list, &QListWidget::currentRowChanged, this, &ComplaintsDialog::showSelected);
    reload();
}

void ComplaintsDialog::reload()
{
    // Live updates reload the list under the supervisor's hands: keep their place.
    const qint64 keep = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    try {
        for (const Complaint &c : m_callbacks.complaints()) {
            auto *item = new QListWidgetItem((c.escalated ? tr("ESCALATED  ") : QString())
                                             + c.openedAt.toString(QStringLiteral("MM-dd HH:mm  ")) + c.customerName
                                             + QStringLiteral("  ·  ") + c.whatHappened);
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, QStringLiteral("<b>%1</b> (%2)<br>%3<br>%4<br>%5")
                                                .arg(c.customerName.toHtmlEscaped(), c.openedBy.toHtmlEscaped(),
                                                     tr("What happened: %1").arg(c.whatHappened).toHtmlEscaped(),
                                                     tr("Customer feels: %1").arg(c.customerFeels).toHtmlEscaped(),
                                                     tr("Offered: %1").arg(c.offered).toHtmlEscaped()));
            m_list->addItem(item);
        }
    } catch (const CentreError &e) {
        m_message->setText(e.message());
    }
    if (m_list->count() == 0)
        m_details->setText(tr("No open complaints."));
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == keep)
            row = i;
    }
    m_list->setCurrentRow(row);
}

void ComplaintsDialog::showSelected()
{
    if (const QListWidgetItem *item = m_list->currentItem())
        m_details->setText(item->data(Qt::UserRole + 1).toString());
}

void ComplaintsDialog::resolve()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    try {
        m_callbacks.resolveComplaint(item->data(Qt::UserRole).toLongLong(), m_resolution->toPlainText());
    } catch (const CentreError &e) {
        m_message->setText(e.message());
        return;
    }
    m_resolution->clear();
    m_message->setText(tr("Resolved."));
    reload();
}

} // namespace hotline
