# Development set, Spanish.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("es-01-corto", "Raúl Domínguez <raul.dominguez@telefonica.example>", "datos",
    "Hola, quiero que borren todos mis datos de su base de datos. Gracias.\n",
    R(["Erasure"], "raul.dominguez@telefonica.example", "Raúl", "Domínguez"))
add("es-02-acceso-formal", "Marta Serrano Gil <marta.serrano@movistar.example>", "Ejercicio del derecho de acceso",
    "Estimados señores:\n\nPor medio de la presente ejerzo el derecho de acceso previsto en el artículo 15 del RGPD y "
    "solicito que me faciliten copia de los datos personales que tratan sobre mí, así como los fines del tratamiento.\n\n"
    "Atentamente,\nMarta Serrano Gil\nC/ Mayor 21, 28013 Madrid\nTel. 600 123 456\n",
    R(["Access"], "marta.serrano@movistar.example", "Marta", "Serrano Gil"))
add("es-03-publicidad", "Javier Castro <javier.castro@gmail.example>", "Publicidad",
    "Buenas, no quiero recibir más publicidad ni llamadas comerciales de su empresa. Un saludo, Javier Castro\n",
    R(["Opposition"], "javier.castro@gmail.example", "Javier", "Castro"))
add("es-04-dni", "Lucía Navarro <lucia.navarro@hotmail.example>", "Error en mis datos",
    "Hola,\n\nEl número de DNI que figura en mi ficha de cliente es incorrecto. El correcto es 12345678Z. ¿Pueden "
    "rectificarlo?\n\nSaludos,\nLucía Navarro\n",
    R(["Rectification"], "lucia.navarro@hotmail.example", "Lucía", "Navarro"))
add("es-05-en-nombre-hijo", "Elena Ortega <elena.ortega@yahoo.example>", "Cuenta de mi hijo menor",
    "Buenos días,\n\nLes escribo en nombre de mi hijo menor de edad, Pablo Ortega, de 13 años, que se registró en su "
    "aplicación. Como su madre, solicito que eliminen su cuenta y todos sus datos personales.\n\nElena Ortega\n",
    R(["Erasure"], "elena.ortega@yahoo.example", "Pablo", "Ortega", representative="Elena Ortega"))
add("es-06-portabilidad", "Diego Romero <diego.romero@gmail.example>", "Portabilidad",
    "Hola, voy a cambiarme de compañía. Solicito la portabilidad de mis datos: envíenmelos en un formato estructurado "
    "y de lectura mecánica.\nDiego Romero\n",
    R(["Portability"], "diego.romero@gmail.example", "Diego", "Romero"))
add("es-07-limitacion", "Carmen Vidal <carmen.vidal@orange.example>", "Solicitud de limitación",
    "Estimados:\n\nHe impugnado la exactitud de los datos de mi expediente. Mientras se verifica, solicito la "
    "limitación del tratamiento de mis datos personales.\n\nCarmen Vidal\n",
    R(["Restriction"], "carmen.vidal@orange.example", "Carmen", "Vidal"))
add("es-08-con-quien", "Sergio Molina <sergio.molina@outlook.example>", "Pregunta",
    "Hola, ¿con qué empresas comparten mis datos personales? ¿Y cuánto tiempo los guardan?\nSergio\n",
    R(["Information"], "sergio.molina@outlook.example", "Sergio", "Molina"))
add("es-09-mensaje-original", "Alba Ruiz <alba.ruiz@acme-corp.example>", "RV: Acceso a mis datos",
    "Os reenvío esta solicitud.\nAlba\n\n-----Mensaje original-----\nDe: Manuel Ibáñez <manuel.ibanez@terra.example>\n"
    "Enviado el: domingo, 15 de noviembre de 2026 18:20\nPara: atencion@acme-corp.example\nAsunto: Acceso a mis datos\n\n"
    "Hola, me gustaría recibir una copia de todos los datos personales que tienen sobre mí.\nManuel Ibáñez\n",
    R(["Access"], "manuel.ibanez@terra.example", "Manuel", "Ibáñez"))
add("es-10-outlook-de-enviado", "Pedro Lozano <pedro.lozano@acme-corp.example>", "RV: Baja",
    "Para el equipo de privacidad.\n\nDe: Rosa Medina <rosa.medina@gmail.example>\nEnviado: lunes, 16 de noviembre de 2026 9:02\n"
    "Para: clientes@acme-corp.example\nAsunto: Baja\n\n"
    "Quiero darme de baja y que supriman todos mis datos personales. Gracias.\nRosa Medina\n",
    R(["Erasure"], "rosa.medina@gmail.example", "Rosa", "Medina"))
add("es-11-tarea-encargado", "Nuria Pascual <nuria.pascual@acme-corp.example>", "Contrato con proveedor de nóminas",
    "Hola equipo,\n\n¿Podéis revisar el contrato de encargado del tratamiento con el nuevo proveedor de nóminas antes "
    "del viernes? Os lo dejo en la carpeta compartida.\n\nGracias,\nNuria Pascual\n",
    TASK("nuria.pascual@acme-corp.example", "Nuria", "Pascual"))
add("es-12-incidente-destinatario", "Óscar Herrera <oscar.herrera@acme-corp.example>", "Correo enviado por error",
    "Hola, he enviado por error un correo con las nóminas de tres empleados a un cliente externo. Ya le he pedido que "
    "lo borre. ¿Qué hago ahora?\nÓscar Herrera\n",
    INC("oscar.herrera@acme-corp.example", "Óscar", "Herrera"))
add("es-13-spam-loteria", "Loteria Internacional <premios@loteria-int.example>", "Usted ha ganado",
    "Enhorabuena, su dirección de correo ha ganado 850.000 EUR en nuestro sorteo internacional. Para cobrar el premio "
    "envíe su nombre completo, número de cuenta bancaria y copia del pasaporte.\n",
    IGN("spam"), headers=["Reply-To: agente.pagos.2026@correo-libre.example"])
add("es-14-fuera-oficina", "Ana Cortés <ana.cortes@gestoria.example>", "Respuesta automática: Su solicitud",
    "Estoy fuera de la oficina hasta el 24 de noviembre. Responderé a su mensaje a mi regreso.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("es-15-seguimiento-tag", "Raúl Domínguez <raul.dominguez@telefonica.example>", "RE: [DSR-7345] Acuse de recibo",
    "Hola, ¿hay novedades sobre mi solicitud? Ha pasado casi un mes.\nRaúl\n",
    FU("7345", "raul.dominguez@telefonica.example", "Raúl", "Domínguez"))
add("es-16-sin-tildes", "Kevin Rodriguez <kevinrodri92@hotmail.example>", "baja",
    "ola kiero darme de baja y q borren mis datos xfa\n",
    R(["Erasure"], "kevinrodri92@hotmail.example", "Kevin", "Rodriguez"))
add("es-17-acceso-y-supresion", "Isabel Fuentes <isabel.fuentes@gmail.example>", "RGPD",
    "Buenos días:\n\nSolicito, en primer lugar, acceso a mis datos personales y, a continuación, su supresión.\n\n"
    "Isabel Fuentes\n",
    R(["Access", "Erasure"], "isabel.fuentes@gmail.example", "Isabel", "Fuentes"))
add("es-18-heredera", "Laura Prado <laura.prado@telefonica.example>", "Fallecimiento de mi padre",
    "Buenas tardes,\n\nMi padre, Antonio Prado Sanz, falleció en septiembre. Como heredera, les pido que cancelen su "
    "cuenta y eliminen sus datos personales.\n\nUn saludo,\nLaura Prado\n",
    R(["Erasure"], "laura.prado@telefonica.example", "Antonio", "Prado Sanz", representative="Laura Prado"))
add("es-19-decision-automatizada", "Hugo Marín <hugo.marin@gmail.example>", "Préstamo denegado",
    "Mi solicitud de préstamo fue denegada de forma automática. Quiero que una persona revise la decisión y que me "
    "expliquen la lógica aplicada.\nHugo Marín\n",
    R(["AutomatedDecision"], "hugo.marin@gmail.example", "Hugo", "Marín"))
add("es-20-cp1252", "Begoña Aguirre <begona.aguirre@euskaltel.example>", "Oposición",
    "Buenas:\n\nMe opongo al tratamiento de mis datos con fines de mercadotecnia. No me envíen más ofertas “personalizadas”.\n\n"
    "Begoña Aguirre\n",
    R(["Opposition"], "begona.aguirre@euskaltel.example", "Begoña", "Aguirre"), encode="cp1252", ct="text/plain; charset=windows-1252")
