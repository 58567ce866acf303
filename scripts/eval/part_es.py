# Frozen evaluation set, Spanish. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("es-01-una-linea", "Alberto Sanz <alberto.sanz@gmail.example>", "baja",
    "dadme de baja y borrad mis datos\n",
    R(["Erasure"], "alberto.sanz@gmail.example", "Alberto", "Sanz"))
add("es-02-mayusculas", "PILAR NAVARRO <pilar.navarro@telefonica.example>", "NO QUIERO MAS PUBLICIDAD",
    "DEJEN DE ENVIARME PUBLICIDAD. NO QUIERO RECIBIR NADA MAS DE USTEDES.\n",
    R(["Opposition"], "pilar.navarro@telefonica.example", "Pilar", "NAVARRO"))
add("es-03-acceso-formal", "Fernando Ortega <fernando.ortega@gmail.example>", "Ejercicio del derecho de acceso",
    "Estimados señores:\n\nDe conformidad con el artículo 15 del RGPD, solicito que me faciliten copia de todos los datos personales que tratan sobre mí, así como la finalidad y los destinatarios.\n\nAtentamente,\nFernando Ortega\n",
    R(["Access"], "fernando.ortega@gmail.example", "Fernando", "Ortega"))
add("es-04-faltas", "Jessica Romero <jessica.romero@hotmail.example>", "borar cuenta",
    "ola quiero q borreis mi cuenta y todos mis datos grasias\n",
    R(["Erasure"], "jessica.romero@hotmail.example", "Jessica", "Romero"))
add("es-05-que-datos", "Rocío Gil <rocio.gil@yahoo.example>", "Mis datos",
    "Hola, ¿qué datos personales tienen ustedes sobre mí? Un saludo, Rocío\n",
    R(["Access"], "rocio.gil@yahoo.example", "Rocío", "Gil"))
add("es-06-rectificar-direccion", "Manuel Iglesias <manuel.iglesias@gmail.example>", "Cambio de dirección",
    "Buenas tardes, mi dirección ha cambiado. La nueva es Calle Mayor 10, 28013 Madrid. Por favor, actualicen mis datos.\n",
    R(["Rectification"], "manuel.iglesias@gmail.example", "Manuel", "Iglesias"))
add("es-07-portabilidad", "Elena Castro <elena.castro@gmail.example>", "Portabilidad",
    "Hola, voy a cambiar de compañía. Solicito la portabilidad de mis datos en un formato estructurado y de uso común.\n",
    R(["Portability"], "elena.castro@gmail.example", "Elena", "Castro"))
add("es-08-limitacion", "Javier Molina <javier.molina@telefonica.example>", "Limitación del tratamiento",
    "He impugnado la exactitud de mis datos. Solicito la limitación del tratamiento mientras se verifica. Javier Molina\n",
    R(["Restriction"], "javier.molina@telefonica.example", "Javier", "Molina"))
add("es-09-oposicion", "Beatriz Serrano <beatriz.serrano@gmail.example>", "Oposición",
    "Me opongo al tratamiento de mis datos con fines de mercadotecnia directa.\n",
    R(["Opposition"], "beatriz.serrano@gmail.example", "Beatriz", "Serrano"))
add("es-10-acceso-y-supresion", "Raúl Delgado <raul.delgado@gmail.example>", "RGPD",
    "Hola, quiero una copia de mis datos y después que los supriman todos. Raúl Delgado\n",
    R(["Access", "Erasure"], "raul.delgado@gmail.example", "Raúl", "Delgado"))
add("es-11-html", "Silvia Morales <silvia.morales@outlook.example>", "Supresión de datos",
    html("Buenos días:", "Les ruego que eliminen mi cuenta y todos mis datos personales.", "Saludos,<br>Silvia Morales"),
    R(["Erasure"], "silvia.morales@outlook.example", "Silvia", "Morales"), ct=HTML)
add("es-12-no-borrar", "Andrés Vega <andres.vega@gmail.example>", "Mi cuenta",
    "Por favor no borren mi cuenta, solo quiero cambiar mi número de teléfono al 612 345 678.\n",
    R(["Rectification"], "andres.vega@gmail.example", "Andrés", "Vega"))
add("es-13-plazo", "Marta Ramos <marta.ramos@gmail.example>", "Conservación de currículums",
    "Hola, ¿cuánto tiempo guardan los currículums de los candidatos no seleccionados?\n",
    R(["Information"], "marta.ramos@gmail.example", "Marta", "Ramos"))
add("es-14-sin-nombre", "jmartinez77@gmail.example", "datos",
    "Buenos días, solicito la supresión de todos mis datos personales.\nUn saludo,\nJorge Martínez\n",
    R(["Erasure"], "jmartinez77@gmail.example", "Jorge", "Martínez"))
add("es-15-reenviado", "Cristina Núñez <cristina.nunez@acme-corp.example>", "RV: Solicitud cliente",
    "Hola equipo de privacidad, os reenvío esto que llegó a atención al cliente.\nCristina\n\n---------- Mensaje reenviado ---------\nDe: Antonio Rubio <antonio.rubio@telefonica.example>\nFecha: jue, 12 nov 2026 a las 12:15\nAsunto: Acceso\nPara: <clientes@acme-corp.example>\n\nBuenos días, quiero saber qué datos tienen sobre mí. Antonio Rubio\n",
    R(["Access"], "antonio.rubio@telefonica.example", "Antonio", "Rubio"))
add("es-16-respuesta-acuse", "Fernando Ortega <fernando.ortega@gmail.example>", "RE: [DSR-7720] Hemos recibido su solicitud",
    "Gracias. Adjunto copia de mi DNI.\n\n> Hemos recibido su solicitud.\n",
    FU("7720", "fernando.ortega@gmail.example", "Fernando", "Ortega"))
add("es-17-abogado", "Despacho Ruiz Abogados <l.ruiz@ruizabogados.example>", "Solicitud de acceso en nombre de D. Carlos Méndez",
    "Muy señores míos:\n\nEn nombre y representación de mi cliente, D. Carlos Méndez, solicito el acceso a todos los datos personales que tratan sobre él. Se adjunta poder de representación.\n\nLuis Ruiz\nAbogado\n",
    R(["Access"], "l.ruiz@ruizabogados.example", "Carlos", "Méndez", representative="Luis Ruiz"))
add("es-18-madre-menor", "Laura Prieto <laura.prieto@gmail.example>", "Cuenta de mi hija",
    "Hola,\n\nSoy la madre de Sofía Prieto, de 12 años. Se registró en su plataforma sin nuestro permiso. Les pido que eliminen su cuenta y sus datos.\n\nLaura Prieto\n",
    R(["Erasure"], "laura.prieto@gmail.example", "Sofía", "Prieto", representative="Laura Prieto"))
add("es-19-tarea-contrato", "Sergio Cano <sergio.cano@acme-corp.example>", "Revisar contrato de encargado",
    "Hola, ¿podéis revisar el contrato de encargado del tratamiento con el nuevo proveedor de nóminas antes del viernes?\n",
    TASK("sergio.cano@acme-corp.example", "Sergio", "Cano"))
add("es-20-tarea-registro", "Lucía Herrero <lucia.herrero@acme-corp.example>", "Registro de actividades",
    "Hola, por favor añadid el nuevo CRM al registro de actividades de tratamiento.\n",
    TASK("lucia.herrero@acme-corp.example", "Lucía", "Herrero"))
add("es-21-tarea-eipd", "Diego Pascual <diego.pascual@acme-corp.example>", "EIPD videovigilancia",
    "Necesitamos una evaluación de impacto (EIPD) para las nuevas cámaras del almacén. ¿Os podéis encargar?\n",
    TASK("diego.pascual@acme-corp.example", "Diego", "Pascual"))
add("es-22-incidente-portatil", "Pablo Gallego <pablo.gallego@acme-corp.example>", "Portátil robado",
    "Me han robado el portátil del trabajo en el metro. Tenía archivos con datos de clientes.\n",
    INC("pablo.gallego@acme-corp.example", "Pablo", "Gallego"))
add("es-23-incidente-envio-error", "Nuria Lozano <nuria.lozano@acme-corp.example>", "Envío por error",
    "He enviado por error un correo con las nóminas de todo el departamento a un proveedor externo.\n",
    INC("nuria.lozano@acme-corp.example", "Nuria", "Lozano"))
add("es-24-incidente-phishing", "Óscar Santos <oscar.santos@acme-corp.example>", "He caído en un phishing",
    "Introduje mi contraseña en una página falsa tras un correo de phishing. Ahora mi cuenta envía correos raros.\n",
    INC("oscar.santos@acme-corp.example", "Óscar", "Santos"))
add("es-25-spam-herencia", "Abogado Samuel Ade <samuel.ade@legal-chambers.example>", "Propuesta confidencial",
    "Querido amigo, un cliente fallecido dejó 6.300.000 dólares sin herederos. Recibirá el 40% si me ayuda con la transferencia. Después eliminaremos todos sus datos. Envíe urgentemente sus datos bancarios.\n",
    IGN("spam"), headers=["Reply-To: samuel.ade.private@freemail.example"])
add("es-26-spam-banco", "Banco Seguridad <avisos@banco-seguro-online.example>", "Su cuenta será bloqueada",
    "Estimado cliente, su cuenta será bloqueada y sus datos eliminados en 24 horas si no verifica su identidad ahora.\n",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "banco-seguro-online.example")])
add("es-27-fuera-oficina", "Carlos Vidal <carlos.vidal@proveedor.example>", "Respuesta automática",
    "Gracias por su mensaje. Estaré de vacaciones hasta el 7 de enero sin acceso al correo.\n",
    IGN("auto_reply"))
add("es-28-recordatorio", "Alberto Sanz <alberto.sanz@gmail.example>", "RE: baja",
    "Hace un mes que lo pedí y sigo recibiendo correos.\n",
    FU("file:ev-es-01-una-linea.eml", "alberto.sanz@gmail.example", "Alberto", "Sanz"),
    headers=["In-Reply-To: <ev-es-01-una-linea@mail.example.net>"])
add("es-29-olvido", "Teresa Fuentes <teresa.fuentes@gmail.example>", "Derecho de supresión",
    "Ejerzo mi derecho de supresión. Borren todo lo que tengan de mí.\n",
    R(["Erasure"], "teresa.fuentes@gmail.example", "Teresa", "Fuentes"))
add("es-30-decision-automatizada", "Hugo Benítez <hugo.benitez@gmail.example>", "Denegación automática",
    "Mi solicitud de préstamo fue denegada de forma automática. Quiero que una persona revise la decisión y que me expliquen la lógica aplicada.\n",
    R(["AutomatedDecision"], "hugo.benitez@gmail.example", "Hugo", "Benítez"))
add("es-31-mezcla-en", "Lorena Cruz <lorena.cruz@gmail.example>", "delete",
    "Hola, please delete mi cuenta. No la uso. Gracias!\n",
    R(["Erasure"], "lorena.cruz@gmail.example", "Lorena", "Cruz"))
add("es-32-llamadas", "Enrique Marín <enrique.marin@telefonica.example>", "Llamadas comerciales",
    "No me llamen más para ofrecerme productos. Quiten mi número de sus listas.\n",
    R(["Opposition"], "enrique.marin@telefonica.example", "Enrique", "Marín"))
add("es-33-pregunta-pedido", "Alicia Soto <alicia.soto@gmail.example>", "Pedido",
    "¿Dónde está mi pedido? Lo hice hace dos semanas.\n",
    R(["Unknown"], "alicia.soto@gmail.example", "Alicia", "Soto"))
add("es-34-spam-score", "Ofertas Top <ofertas@chollos-top.example>", "¡¡GANA UN COCHE!!",
    "¡Has sido seleccionado! Gana un coche nuevo. Para borrar tus datos haz clic aquí.\n",
    IGN("spam"), headers=SPAM_HDR)
add("es-35-empleado-carta", "Recepción <recepcion@acme-corp.example>", "RV: carta de cliente",
    "Para vuestra información.\n\n-----Mensaje original-----\nDe: Dolores Peña <dolores.pena@telefonica.example>\nEnviado el: miércoles, 11 de noviembre de 2026 10:30\nPara: recepcion@acme-corp.example\nAsunto: mis datos\n\nMuy señores míos, solicito la supresión de mis datos personales. Dolores Peña\n",
    R(["Erasure"], "dolores.pena@telefonica.example", "Dolores", "Peña"))
add("es-36-familia-replyto", "Familia Ortiz <familia.ortiz@gmail.example>", "Oposición",
    "Hola, soy Marcos Ortiz. Me opongo a que usen mis datos para publicidad. Respondan a mi correo personal por favor.\n",
    R(["Opposition"], "marcos.ortiz@hotmail.example", "Marcos", "Ortiz"),
    headers=["Reply-To: Marcos Ortiz <marcos.ortiz@hotmail.example>"])
add("es-37-rectificar-nombre", "María José Campos <mj.campos@gmail.example>", "Error en mi nombre",
    "Mi nombre aparece como María en vez de María José. ¿Pueden corregirlo?\n",
    R(["Rectification"], "mj.campos@gmail.example", "María José", "Campos"))
add("es-38-incidente-usb", "Departamento RRHH <rrhh@acme-corp.example>", "Pérdida de memoria USB",
    "Se ha perdido una memoria USB con expedientes del personal sin cifrar.\n",
    INC("rrhh@acme-corp.example", None, None))
add("es-39-spam-cripto", "Cripto Ganancias <info@cripto-ganancias.example>", "Gana 3000 euros al día",
    "Invierte solo 250 euros y gana miles. ¡Plazas limitadas, responde ya! Para darte de baja y borrar tus datos responde BAJA.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=8.3 required=5.0"])
add("es-40-foto", "Irene Vázquez <irene.vazquez@gmail.example>", "Foto en su web",
    "Hay una foto mía en su página web sin mi consentimiento. Les pido que la retiren.\n",
    R(["Erasure"], "irene.vazquez@gmail.example", "Irene", "Vázquez"))
